package org.guanai.registry.care;

import org.guanai.registry.account.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
        model.addAttribute("plan", responsibilities.plan(user.jurisdiction().county()));
        return "care/visit-plan";
    }

    @PostMapping("/care/visit-plan")
    String setPlan(SignedInUser user, @RequestParam int keyTargetMonths, @RequestParam int otherMonths,
            RedirectAttributes redirect) {
        try {
            responsibilities.setPlan(new VisitPlan(keyTargetMonths, otherMonths), user);
            redirect.addFlashAttribute("success", "care.saved");
        } catch (CareRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/care/visit-plan";
    }
}
