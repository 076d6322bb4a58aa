package org.guanai.registry.committee;

import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.shared.ErrorPage;
import org.guanai.registry.shared.RefusedForms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leading group and the joint meeting: one page each that prints as the plan's roster, and the county
 * office's edits. A refused edit shows its form again with what was typed and the reason next to it.
 */
@Controller
class CommitteeController {

    private final CommitteeService committees;
    private final ErrorPage errorPage;

    CommitteeController(CommitteeService committees, ErrorPage errorPage) {
        this.committees = committees;
        this.errorPage = errorPage;
    }

    @GetMapping("/committees/{kind}")
    String roster(SignedInUser user, @PathVariable String kind,
            @RequestParam(required = false) String county, Model model) {
        model.addAttribute("roster", committees.roster(kindOf(kind), user, county));
        return rosterPage(user, kindOf(kind), new MemberForm(), model);
    }

    @PostMapping("/committees/{kind}")
    String describe(SignedInUser user, @PathVariable String kind,
            @RequestParam(defaultValue = "0") long version, @RequestParam(required = false) String name,
            @RequestParam(required = false) String basis, @RequestParam(required = false) String office,
            Model model, RedirectAttributes redirect) {
        CommitteeKind k = kindOf(kind);
        try {
            committees.describe(k, version, name, basis, office, user);
        } catch (CommitteeRefusedException e) {
            model.addAttribute("headerFailure", e);
            model.addAttribute("typedName", name);
            model.addAttribute("typedBasis", basis);
            model.addAttribute("typedOffice", office);
            return rosterPage(user, k, new MemberForm(), model);
        }
        redirect.addFlashAttribute("success", "committee.saved");
        return "redirect:/committees/" + k.slug();
    }

    @PostMapping("/committees/{kind}/members")
    String add(SignedInUser user, @PathVariable String kind, MemberForm form,
            Model model, RedirectAttributes redirect) {
        CommitteeKind k = kindOf(kind);
        try {
            committees.add(k, form.getPosition(), form.getPersonName(), form.getTitle(), form.getUnit(),
                    user);
        } catch (CommitteeRefusedException e) {
            model.addAttribute("addFailure", e);
            return rosterPage(user, k, form, model);
        }
        redirect.addFlashAttribute("success", "committee.memberAdded");
        return "redirect:/committees/" + k.slug();
    }

    @GetMapping("/committees/{kind}/members/{id}")
    String member(SignedInUser user, @PathVariable String kind, @PathVariable long id,
            Model model) {
        CommitteeKind k = kindOf(kind);
        CommitteeMember member = committees.roster(k, user, null).members().stream()
                .filter(m -> m.getId() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return memberPage(k, id, MemberForm.of(member), model);
    }

    @PostMapping("/committees/{kind}/members/{id}")
    String change(SignedInUser user, @PathVariable String kind, @PathVariable long id,
            @ModelAttribute("form") MemberForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        CommitteeKind k = kindOf(kind);
        // The order left empty does not bind: the form again as typed, the reason at the field.
        if (RefusedForms.refused(errors, () -> committees.change(id, form.getVersion(), form.getPosition(),
                form.getPersonName(), form.getTitle(), form.getUnit(), form.getSortOrder(), user), model)) {
            return memberPage(k, id, form, model);
        }
        redirect.addFlashAttribute("success", "committee.memberChanged");
        return "redirect:/committees/" + k.slug();
    }

    @PostMapping("/committees/{kind}/members/{id}/remove")
    String remove(SignedInUser user, @PathVariable String kind, @PathVariable long id,
            @RequestParam long version, RedirectAttributes redirect) {
        CommitteeKind k = kindOf(kind);
        try {
            committees.remove(id, version, user);
            redirect.addFlashAttribute("success", "committee.memberRemoved");
        } catch (CommitteeRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/committees/" + k.slug();
    }

    /** A roster the account does not work under (no county, a reporting unit). */
    @ExceptionHandler(CommitteeRefusedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(CommitteeRefusedException e, Model model) {
        return errorPage.render(model, 403, e.messageKey());
    }

    private String rosterPage(SignedInUser user, CommitteeKind kind, MemberForm form, Model model) {
        if (!model.containsAttribute("roster")) {
            model.addAttribute("roster", committees.roster(kind, user, null));
        }
        model.addAttribute("kinds", CommitteeKind.values());
        model.addAttribute("positions", MemberPosition.values());
        model.addAttribute("form", form);
        return "committee/roster";
    }

    private String memberPage(CommitteeKind kind, long id, MemberForm form, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("memberId", id);
        model.addAttribute("positions", MemberPosition.values());
        model.addAttribute("form", form);
        return "committee/member";
    }

    private static CommitteeKind kindOf(String slug) {
        return CommitteeKind.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
