package org.guanai.registry.person;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.guanai.registry.security.AccountPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions a person's page offers for children and elders alike, under the subclass's path:
 * reveal the identity number (audited), exit with a reason, restore.
 */
public abstract class PersonRecordActions<P extends PersonRecord> {

    /** The registry of this kind of person. */
    protected abstract PersonRegistry<P> registry();

    /** The list's path, e.g. {@code /children}. */
    protected abstract String basePath();

    /** The prefix of the flash messages, e.g. {@code child} for {@code child.exited}. */
    protected abstract String messagePrefix();

    @PostMapping("/{id}/reveal")
    String reveal(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        String number = registry().revealIdNumber(id, user.jurisdiction());
        if ("true".equals(request.getHeader("HX-Request"))) {
            model.addAttribute("number", number);
            return "child/fragments :: revealed";
        }
        redirect.addFlashAttribute("revealedIdNumber", number);
        return "redirect:" + basePath() + "/" + id;
    }

    @PostMapping("/{id}/exit")
    String exit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
            @RequestParam(required = false) ExitReason reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            registry().exit(id, reason, date, note, user.jurisdiction());
            redirect.addFlashAttribute("success", messagePrefix() + ".exited");
        } catch (InvalidPersonException e) {
            redirect.addFlashAttribute("failure", "person.error.exitReason");
        }
        return "redirect:" + basePath() + "/" + id;
    }

    @PostMapping("/{id}/restore")
    String restore(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
            RedirectAttributes redirect) {
        registry().restore(id, user.jurisdiction());
        redirect.addFlashAttribute("success", messagePrefix() + ".restored");
        return "redirect:" + basePath() + "/" + id;
    }
}
