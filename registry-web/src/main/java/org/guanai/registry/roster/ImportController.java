package org.guanai.registry.roster;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.imports.ImportMode;
import org.guanai.registry.imports.ImportPlan;
import org.guanai.registry.imports.ImportRefusedException;
import org.guanai.registry.imports.ImportService;
import org.guanai.registry.person.LookupLimitException;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.shared.UploadedFiles;
import org.guanai.registry.workbook.UnreadableWorkbookException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Excel imports of town rosters: templates, upload and preview, confirm or discard, the history and
 * the error workbooks. The preview is the answer to the upload itself; the import's own page shows
 * its counts and actions later.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

    /** The largest upload read (the servlet's own limit is a little higher, so this message is shown). */
    static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    private static final int SHOWN_ROWS = 500;

    private final RosterImports rosterImports;
    private final ImportService imports;
    private final RosterExports exports;
    private final RosterDownloads downloads;

    ImportController(RosterImports rosterImports, ImportService imports, RosterExports exports,
            RosterDownloads downloads) {
        this.rosterImports = rosterImports;
        this.imports = imports;
        this.exports = exports;
        this.downloads = downloads;
    }

    @GetMapping
    String index(SignedInUser user, Model model) {
        model.addAttribute("history", imports.history(user.jurisdiction()));
        return "imports/index";
    }

    @GetMapping("/templates/children.xlsx")
    void childTemplate(SignedInUser user, HttpServletResponse response) throws IOException {
        RosterHeading heading = downloads.heading(user);
        downloads.prepare(response, ChildRoster.TITLE + "（导入模板）.xlsx");
        exports.childTemplate(heading, response.getOutputStream());
    }

    @GetMapping("/templates/elders.xlsx")
    void elderTemplate(SignedInUser user, HttpServletResponse response) throws IOException {
        RosterHeading heading = downloads.heading(user);
        downloads.prepare(response, ElderRoster.TITLE + "（导入模板）.xlsx");
        exports.elderTemplate(heading, response.getOutputStream());
    }

    @PostMapping
    String upload(SignedInUser user, @RequestParam("kind") PersonType kind,
            @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "imports.file.empty");
            return "redirect:/imports";
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            redirect.addFlashAttribute("uploadError", "imports.file.tooBig");
            return "redirect:/imports";
        }
        ImportService.Preview<?> preview;
        try {
            preview = rosterImports.preview(kind, UploadedFiles.name(file.getOriginalFilename(), "roster.xlsx"), file.getBytes(), user.jurisdiction());
        } catch (UnreadableWorkbookException e) {
            redirect.addFlashAttribute("uploadError", e.messageKey());
            return "redirect:/imports";
        } catch (LookupLimitException e) {
            redirect.addFlashAttribute("uploadError", e.messageKey());
            return "redirect:/imports";
        }
        model.addAttribute("batch", preview.batch());
        model.addAttribute("plan", preview.plan());
        model.addAttribute("shown", SHOWN_ROWS);
        model.addAttribute("messages", rosterImports);
        return "imports/preview";
    }

    @GetMapping("/{id}")
    String show(SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("batch", imports.get(id, user.jurisdiction()));
        return "imports/preview";
    }

    /** 全部无误才导入 ({@code mode=WHOLE}, the default) or 导入无误的行 ({@code mode=VALID_ROWS}). */
    @PostMapping("/{id}/commit")
    String commit(SignedInUser user, @PathVariable long id,
            @RequestParam(defaultValue = "WHOLE") ImportMode mode, RedirectAttributes redirect) {
        try {
            ImportPlan.Counts counts = rosterImports.commit(id, user.jurisdiction(), mode);
            redirect.addFlashAttribute("committed", counts);
        } catch (ImportRefusedException | LookupLimitException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (UnreadableWorkbookException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/imports/" + id;
    }

    @PostMapping("/{id}/discard")
    String discard(SignedInUser user, @PathVariable long id) {
        rosterImports.discard(id, user.jurisdiction());
        return "redirect:/imports";
    }

    @GetMapping("/{id}/errors.xlsx")
    ResponseEntity<byte[]> errors(SignedInUser user, @PathVariable long id) {
        byte[] report = imports.errorReport(id, user.jurisdiction());
        return ResponseEntity.ok().headers(downloads.attachment("导入错误报告-" + id + ".xlsx")).body(report);
    }
}
