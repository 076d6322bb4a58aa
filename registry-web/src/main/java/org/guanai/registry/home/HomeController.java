package org.guanai.registry.home;

import java.util.List;
import org.guanai.registry.child.ChildFilter;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.ElderFilter;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.security.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page of each role: who you are, and the scope you work in. */
@Controller
class HomeController {

    private final RegionService regions;
    private final ChildService children;
    private final ElderService elders;

    HomeController(RegionService regions, ChildService children, ElderService elders) {
        this.regions = regions;
        this.children = children;
        this.elders = elders;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        var region = user.jurisdiction().region();
        List<Region> subRegions = region == null || user.jurisdiction().organisationId() != null ? List.of()
                : regions.children(region);
        model.addAttribute("user", user);
        model.addAttribute("scopeRegion", region == null ? null : regions.find(region.value()).orElse(null));
        model.addAttribute("subRegions", subRegions);
        if (user.jurisdiction().seesPeople()) {
            Jurisdiction j = user.jurisdiction();
            model.addAttribute("children", children.list(ChildFilter.none(), j));
            model.addAttribute("keyTargets", children.list(new ChildFilter(null, null, true, null, null, null, null,
                    null, null, null, null, null, null, null), j));
            model.addAttribute("dueForExit", children.list(new ChildFilter(null, null, null, null, null, null, null,
                    null, null, null, true, null, null, null), j));
            model.addAttribute("elders", elders.list(ElderFilter.none(), j));
        }
        return "home";
    }
}
