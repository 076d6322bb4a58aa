package org.guanai.registry.home;

import java.util.List;
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

    HomeController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        var region = user.jurisdiction().region();
        List<Region> subRegions = region == null || user.jurisdiction().organisationId() != null ? List.of()
                : regions.children(region);
        model.addAttribute("user", user);
        model.addAttribute("scopeRegion", region == null ? null : regions.find(region.value()).orElse(null));
        model.addAttribute("subRegions", subRegions);
        return "home";
    }
}
