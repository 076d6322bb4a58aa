package org.guanai.registry.care;

import org.guanai.registry.account.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cadre's own people (包保) with the next visit due, overdue first; key targets nobody looks after; the county's
 * visit plan.
 */
@Controller
class MyPeopleController {

    private final Responsibilities responsibilities;
    private final Pairings pairings;

    MyPeopleController(Responsibilities responsibilities, Pairings pairings) {
        this.responsibilities = responsibilities;
        this.pairings = pairings;
    }

    @GetMapping("/my/people")
    String mine(SignedInUser user, Model model) {
        model.addAttribute("people", responsibilities.mine(user));
        return "care/my-people";
    }

    @GetMapping("/care/unattended")
    String unattended(SignedInUser user, Model model) {
        model.addAttribute("children", pairings.keyTargetsUnattended(user.jurisdiction()));
        return "care/unattended";
    }

    @GetMapping("/care/visit-plan")
    String plan(SignedInUser user, Model model) {
        VisitPlan plan = responsibilities.plan(user.jurisdiction().county());
        return planPage(plan, VisitPlanForm.of(plan), model);
    }

    /** A refused plan (a month left empty, 13) comes back as typed, the reason at its field. */
    @PostMapping("/care/visit-plan")
    String setPlan(SignedInUser user, @ModelAttribute("planForm") VisitPlanForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return CareForms.saveOrShowAgain(errors, () -> {
            responsibilities.setPlan(form.plan(), user);
            redirect.addFlashAttribute("success", "care.saved");
            return "redirect:/care/visit-plan";
        }, () -> planPage(responsibilities.plan(user.jurisdiction().county()), form, model));
    }

    private static String planPage(VisitPlan plan, VisitPlanForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("planForm", form);
        return "care/visit-plan";
    }
}
