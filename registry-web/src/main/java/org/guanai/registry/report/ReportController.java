package org.guanai.registry.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.roster.RosterDownloads;
import org.guanai.registry.shared.Quarter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The quarter's overview, a town's report (preview, submit, verify, approve or return) and the downloads. */
@Controller
class ReportController {

    private final QuarterlyReportService chain;
    private final ReportVerifications verifying;
    private final ReportDownloads reportDownloads;
    private final QuarterlyWorkbooks workbooks;
    private final RosterDownloads downloads;

    ReportController(QuarterlyReportService chain, ReportVerifications verifying, ReportDownloads reportDownloads, QuarterlyWorkbooks workbooks, RosterDownloads downloads) {
        this.chain = chain;
        this.verifying = verifying;
        this.reportDownloads = reportDownloads;
        this.workbooks = workbooks;
        this.downloads = downloads;
    }

    @GetMapping("/reports")
    String current() {
        return "redirect:/reports/" + Quarter.of(chain.today());
    }

    @GetMapping("/reports/{quarter:\\d{4}-Q[1-4]}")
    String overview(SignedInUser user, @PathVariable String quarter, Model model) {
        Quarter q = Quarter.parse(quarter);
        SignedInUser actor = user;
        List<QuarterlyReportService.TownLine> lines = chain.overview(q, actor);
        if (user.role() == Role.TOWN && lines.size() == 1) {
            return "redirect:/reports/" + q + "/towns/" + lines.get(0).town().getCode();
        }
        model.addAttribute("quarter", q);
        model.addAttribute("lines", lines);
        model.addAttribute("deadline", chain.deadline(q, user.jurisdiction().county()));
        model.addAttribute("previous", q.previous());
        return "report/overview";
    }

    @GetMapping("/reports/{quarter:\\d{4}-Q[1-4]}/towns/{town:\\d{12}}")
    String town(SignedInUser user, @PathVariable String quarter, @PathVariable String town,
            Model model) {
        Quarter q = Quarter.parse(quarter);
        RegionCode code = RegionCode.of(town);
        SignedInUser actor = user;
        QuarterlyReportService.TownLine line = chain.town(code, q, actor);
        model.addAttribute("quarter", q);
        model.addAttribute("line", line);
        model.addAttribute("revisions", chain.revisions(code, q, actor));
        model.addAttribute("files", line.latest() == null ? List.of() : reportDownloads.files(line.latest().getId(), actor));
        QuarterlyWorkbooks.Preview preview = workbooks.preview(code, q, actor);
        model.addAttribute("live", preview.live());
        model.addAttribute("period", preview.period().label(chain.zone()));
        model.addAttribute("zone", chain.zone());
        model.addAttribute("liveElders", preview.liveElders());
        model.addAttribute("table", Attachment3Table.of());
        model.addAttribute("columns", Attachment3Column.values());
        model.addAttribute("myLine", verifying.verifierLine(actor).orElse(null));
        model.addAttribute("differences", preview.differences());
        return "report/town";
    }

    /**
     * A refused submission shows the town's page again with the leader's name and the written report as typed, the
     * reason next to the field at fault (the files must be chosen again: a browser does not keep them).
     */
    @PostMapping("/reports/{quarter:\\d{4}-Q[1-4]}/towns/{town:\\d{12}}/submit")
    String submit(SignedInUser user, @PathVariable String quarter, @PathVariable String town,
            @RequestParam(required = false) String leaderName, @RequestParam(required = false) String dutiesReport,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) throws IOException {
        List<WrittenReport.File> uploaded = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                uploaded.add(new WrittenReport.File(f.getOriginalFilename(), f.getBytes()));
            }
        }
        try {
            workbooks.submit(RegionCode.of(town), Quarter.parse(quarter), leaderName,
                    new WrittenReport(dutiesReport, uploaded), user);
        } catch (ReportRefusedException e) {
            model.addAttribute("typedLeaderName", leaderName);
            model.addAttribute("typedDutiesReport", dutiesReport);
            model.addAttribute("submitRefusedField", e.field());
            model.addAttribute("failure", e.messageKey());
            return town(user, quarter, town, model);
        }
        redirect.addFlashAttribute("success", "report.chain.submitted");
        return "redirect:/reports/" + quarter + "/towns/" + town;
    }

    @PostMapping("/reports/{quarter:\\d{4}-Q[1-4]}/towns/{town:\\d{12}}/verify")
    String verify(SignedInUser user, @PathVariable String quarter, @PathVariable String town,
            @RequestParam long report, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<Attachment3Column, Integer> corrections = new EnumMap<>(Attachment3Column.class);
        try {
            for (Attachment3Column c : Attachment3Column.values()) {
                String v = form.get("col." + c.name());
                if (v != null && !v.isBlank()) {
                    corrections.put(c, Integer.parseInt(v.strip()));
                } else if (form.containsKey("col." + c.name())) {
                    corrections.put(c, null);
                }
            }
            verifying.verify(report, corrections, form.get("note"), user);
            redirect.addFlashAttribute("success", "report.chain.verified");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("failure", "report.error.negative");
        } catch (ReportRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/reports/" + quarter + "/towns/" + town;
    }

    /** A file of a town's written report (五个责任落实情况), for whoever may read the town's report; audited. */
    @GetMapping("/reports/{quarter:\\d{4}-Q[1-4]}/towns/{town:\\d{12}}/files/{file:\\d+}")
    ResponseEntity<byte[]> writtenReportFile(SignedInUser user, @PathVariable String quarter,
            @PathVariable String town, @PathVariable long file) {
        ReportDownloads.FileDownload download = reportDownloads.file(file, user);
        return ResponseEntity.ok().headers(downloads.attachment(download.fileName(), download.contentType()))
                .body(download.content());
    }

    /** The county confirms a department's columns in its place (代为确认), with the reason. */
    @PostMapping("/reports/{quarter:\\d{4}-Q[1-4]}/towns/{town:\\d{12}}/confirm")
    String confirmOnBehalf(SignedInUser user, @PathVariable String quarter,
            @PathVariable String town, @RequestParam long report, @RequestParam Attachment3Column.Verifier line,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            verifying.confirmOnBehalf(report, line, reason, user);
            redirect.addFlashAttribute("success", "report.chain.confirmedOnBehalf");
        } catch (ReportRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/reports/" + quarter + "/towns/" + town;
    }

    @PostMapping("/reports/{quarter:\\d{4}-Q[1-4]}/towns/{town:\\d{12}}/decide")
    String decide(SignedInUser user, @PathVariable String quarter, @PathVariable String town,
            @RequestParam long report, @RequestParam long version, @RequestParam String decision,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        try {
            if ("approve".equals(decision)) {
                chain.approve(report, version, user);
                redirect.addFlashAttribute("success", "report.chain.approved");
            } else {
                chain.returnToTown(report, version, comment, user);
                redirect.addFlashAttribute("success", "report.chain.returned");
            }
        } catch (ReportRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("failure", "case.error.concurrent");
        }
        return "redirect:/reports/" + quarter + "/towns/" + town;
    }

    /**
     * The latest submitted workbook of a town (the frozen one, or its attachment 3 alone for roles that may not export
     * the town's people); 404 when there is none or it is not the user's.
     */
    @GetMapping("/reports/{quarter:\\d{4}-Q[1-4]}/towns/{town:\\d{12}}.xlsx")
    ResponseEntity<byte[]> townWorkbook(SignedInUser user, @PathVariable String quarter,
            @PathVariable String town) {
        var download = workbooks.townWorkbook(RegionCode.of(town), Quarter.parse(quarter), user);
        return xlsx(download.content(), download.townName() + "-" + quarter + "-季度报表.xlsx");
    }

    @GetMapping("/reports/{quarter:\\d{4}-Q[1-4]}/county.xlsx")
    ResponseEntity<byte[]> countyWorkbook(SignedInUser user, @PathVariable String quarter) {
        return xlsx(workbooks.county(Quarter.parse(quarter), user), "附件3-汇总表-" + quarter + ".xlsx");
    }

    /** Attachment 3 for any span of days (the September summary of 1–8 月, a year), counted live; the county's. */
    @GetMapping("/reports/range.xlsx")
    Object rangeWorkbook(SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            RedirectAttributes redirect) {
        try {
            return xlsx(workbooks.range(from, to, user), "附件3-汇总表-" + from + "至" + to + ".xlsx");
        } catch (ReportRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:/reports";
        }
    }

    private ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
        return ResponseEntity.ok().headers(downloads.attachment(fileName)).body(content);
    }
}
