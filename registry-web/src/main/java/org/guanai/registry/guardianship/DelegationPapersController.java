package org.guanai.registry.guardianship;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.casework.CaseRefusedException;
import org.guanai.registry.casework.CaseService;
import org.guanai.registry.shared.ErrorPage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The delegation papers of a case (附件1 and 附件2): a printable page, or a PDF. */
@Controller
class DelegationPapersController {

    private final CaseService cases;
    private final DelegationDocuments documents;
    private final ErrorPage errorPage;

    DelegationPapersController(CaseService cases, DelegationDocuments documents, ErrorPage errorPage) {
        this.cases = cases;
        this.documents = documents;
        this.errorPage = errorPage;
    }

    /** 附件1 / 附件2 as a printable page (the browser prints it). */
    @GetMapping(value = "/cases/{id}/documents/{document}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String printView(SignedInUser user, @PathVariable long id,
            @PathVariable DelegationDocument document, HttpServletRequest request) {
        return documents.html(document, cases.delegationPapers(id, user),
                request.getContextPath() + DelegationDocuments.STYLESHEET);
    }

    /** The same document as PDF; without the font, a page that says what to install. */
    @GetMapping("/cases/{id}/documents/{document}.pdf")
    Object pdf(SignedInUser user, @PathVariable long id,
            @PathVariable DelegationDocument document, HttpServletResponse response, Model model) throws IOException {
        var papers = cases.delegationPapers(id, user);
        if (!documents.fontAvailable()) {
            model.addAttribute("fontPath", documents.fontPath());
            model.addAttribute("caseId", id);
            return "casework/no-font";
        }
        String file = document.title() + "-" + papers.values().get("childName") + ".pdf";
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(file, StandardCharsets.UTF_8).build().toString());
        documents.pdf(document, papers, response.getOutputStream());
        return null;
    }

    /** Papers of a case that has none (no delegate assessed yet), or that are not the user's to print. */
    @ExceptionHandler(CaseRefusedException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(CaseRefusedException e, Model model) {
        return errorPage.render(model, 400, e.messageKey());
    }
}
