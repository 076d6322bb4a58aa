package org.guanai.registry.adoption;

import java.util.List;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.plan.CountyPlans;
import org.guanai.registry.plan.PlanPack;
import org.guanai.registry.plan.PlanPacks;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.region.RegionCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 实施方案: the plan the county works under, its adoptions, the plans it may adopt, and each plan's own text. */
@Controller
class PlanController {

    private final CountyPlans plans;
    private final PlanPacks packs;
    private final PlanAdoption adoption;

    PlanController(CountyPlans plans, PlanPacks packs, PlanAdoption adoption) {
        this.plans = plans;
        this.packs = packs;
        this.adoption = adoption;
    }

    @GetMapping("/plan")
    String plan(SignedInUser user, Model model) {
        RegionCode county = user.jurisdiction().county();
        model.addAttribute("current", county == null ? null : plans.current(county).orElse(null));
        model.addAttribute("history", county == null ? List.of() : plans.history(county));
        model.addAttribute("adoptable", user.role() == Role.COUNTY ? adoption.adoptable(user) : List.of());
        return "plan/plan";
    }

    /** The text of a plan as issued (a public government document), for everyone who works under plans. */
    @GetMapping("/plan/{id:[a-z0-9-]+}/source")
    String source(@PathVariable String id, Model model) {
        PlanPack pack = packs.find(id).orElseThrow(() -> new OutsideJurisdictionException("plan " + id));
        model.addAttribute("pack", pack);
        model.addAttribute("source", packs.source(id));
        return "plan/source";
    }

    @PostMapping("/plan/adopt")
    String adopt(SignedInUser user, @RequestParam String planId, RedirectAttributes redirect) {
        try {
            adoption.adopt(planId, user);
            redirect.addFlashAttribute("success", "plan.adopted");
        } catch (PlanAdoption.AdoptionRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/plan";
    }
}
