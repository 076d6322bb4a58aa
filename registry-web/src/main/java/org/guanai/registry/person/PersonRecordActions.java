package org.guanai.registry.person;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.casework.CaseActors;
import org.guanai.registry.casework.NumberDisclosure;
import org.guanai.registry.history.HistoryService.HistoryPage;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.security.AccountPrincipal;
import org.guanai.registry.shared.OneReadTransaction;
import org.guanai.registry.visit.VisitService.VisitPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions a person's page offers for children and elders alike, under the subclass's path:
 * reveal the numbers (audited), transfer to another town (the county office), exit with a reason, restore; and the pages of the person's visits and
 * history ({@code person/pages}, the person's own page shows the latest of each; decision 019).
 */
public abstract class PersonRecordActions<P extends PersonRecord> {

    /** A person's page and its pages of visits and history read their parts in one transaction. */
    protected final OneReadTransaction reads;
    /** Whose numbers the user may see in full (the reveal asks first). */
    protected final NumberDisclosure disclosure;

    protected PersonRecordActions(OneReadTransaction reads, NumberDisclosure disclosure) {
        this.reads = reads;
        this.disclosure = disclosure;
    }

    /** The registry of this kind of person. */
    protected abstract PersonRegistry<P> registry();

    /** Children or elders. */
    protected abstract PersonType personType();

    /** The list's path, e.g. {@code /children}. */
    protected abstract String basePath();

    /** The prefix of the flash messages, e.g. {@code child} for {@code child.exited}. */
    protected abstract String messagePrefix();

    /** A page of the person's visits from {@code after} (null: the latest), inside the jurisdiction. */
    protected abstract VisitPage visits(long id, String after, Jurisdiction jurisdiction);

    @GetMapping("/{id}/history")
    String historyPage(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
            @RequestParam(required = false) String after, Model model) {
        reads.run(() -> {
            HistoryPage page = registry().history(id, after, user.jurisdiction());
            model.addAttribute("history", page);
            pages(model, "history", id, "/history", page.nextCursor(), after, user);
        });
        return "person/pages";
    }

    @GetMapping("/{id}/visits")
    String visitsPage(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
            @RequestParam(required = false) String after, Model model) {
        reads.run(() -> {
            VisitPage page = visits(id, after, user.jurisdiction());
            model.addAttribute("visits", page);
            pages(model, "visit", id, "/visits", page.nextCursor(), after, user);
        });
        return "person/pages";
    }

    private void pages(Model model, String what, long id, String subPath, String nextCursor, String after,
            AccountPrincipal user) {
        String personPage = basePath() + "/" + id;
        model.addAttribute("what", what);
        model.addAttribute("personName", registry().get(id, user.jurisdiction()).getName());
        model.addAttribute("personPage", personPage);
        model.addAttribute("pagesUrl", personPage + subPath);
        model.addAttribute("nextCursor", nextCursor);
        model.addAttribute("paged", after != null);
    }

    /** True when the person's page may offer "显示完整号码" to the user. */
    protected boolean mayReveal(AccountPrincipal user, long id) {
        return disclosure.allowsFullNumbers(personType(), id, CaseActors.of(user));
    }

    /** The person's numbers in full, for a role that may see them (audited); 403 for the others. */
    @PostMapping("/{id}/reveal")
    String reveal(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        disclosure.requireFullNumbers(personType(), id, CaseActors.of(user));
        List<RevealedNumber> numbers = registry().revealNumbers(id, user.jurisdiction());
        if ("true".equals(request.getHeader("HX-Request"))) {
            model.addAttribute("numbers", numbers);
            return "person/fragments :: numbers";
        }
        redirect.addFlashAttribute("revealedNumbers", numbers);
        return "redirect:" + basePath() + "/" + id;
    }

    /** The county office moves the person to a village of another town (both towns see it; see PersonRegistry). */
    @PostMapping("/{id}/transfer")
    String transfer(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
            @RequestParam(required = false) String villageCode, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            registry().transfer(id, villageCode, note, user.jurisdiction());
            redirect.addFlashAttribute("success", "person.transferred");
        } catch (InvalidPersonException e) {
            redirect.addFlashAttribute("failure", e.problems().get(0).messageKey());
        }
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
