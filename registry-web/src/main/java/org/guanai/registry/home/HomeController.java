package org.guanai.registry.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.account.Role;
import org.guanai.registry.care.CareOnHomePage;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.ChildFilter;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.dashboard.Dashboard;
import org.guanai.registry.dashboard.DashboardService;
import org.guanai.registry.elder.ElderFilter;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.person.ElsewhereHits;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.web.FragmentHtml;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page of each role: who you are, the scope you work in, and the figures and charts of that scope. */
@Controller
class HomeController {

    private final RegionService regions;
    private final ChildService children;
    private final ElderService elders;
    private final DashboardService dashboards;
    private final DashboardCharts charts;
    private final CareOnHomePage care;
    private final HomeFigures homeFigures;
    private final FragmentHtml fragments;
    private final RegistryProperties properties;
    private final ElsewhereHits elsewhereHits;

    HomeController(RegionService regions, ChildService children, ElderService elders, DashboardService dashboards,
            DashboardCharts charts, ElsewhereHits elsewhereHits, CareOnHomePage care, HomeFigures homeFigures,
            FragmentHtml fragments, RegistryProperties properties) {
        this.care = care;
        this.fragments = fragments;
        this.homeFigures = homeFigures;
        this.properties = properties;
        this.regions = regions;
        this.children = children;
        this.elders = elders;
        this.dashboards = dashboards;
        this.charts = charts;
        this.elsewhereHits = elsewhereHits;
    }

    @GetMapping("/")
    String home(SignedInUser user, Model model, HttpServletRequest request, HttpServletResponse response) {
        var region = user.jurisdiction().region();
        List<Region> subRegions = region == null || user.jurisdiction().organisationId() != null ? List.of()
                : regions.children(region);
        model.addAttribute("user", user);
        Region scopeRegion = region == null ? null : regions.find(region.value()).orElse(null);
        model.addAttribute("scopeRegion", scopeRegion);
        model.addAttribute("subRegions", subRegions);
        // The scope's figures, worked out and rendered at most once a minute for everyone of the scope (HomeFigures):
        // the fragment sees the scope's role and figures only, nothing of the user's own.
        HomeFigures.Snapshot figures = homeFigures.of(new HomeFigures.Scope(user.role(), user.jurisdiction()), at -> {
            Map<String, Object> m = new HashMap<>();
            Dashboard dashboard = dashboards.of(user);
            m.put("role", user.role());
            m.put("figuresAt", LocalDateTime.ofInstant(at, properties.timeZone()));
            m.put("dashboard", dashboard);
            m.put("charts", charts.of(dashboard));
            if (dashboard.people() != null) {
                m.put("dueForExit", children.list(new ChildFilter(null, null, null, null, null, null, null,
                        null, null, null, true, null, null, null, null), user.jurisdiction()));
                // 资料待补充: imported with missing values (docs/imports.md), to be completed by the villages.
                m.put("incompleteChildren", children.count(new ChildFilter(null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, true), user.jurisdiction()));
                m.put("incompleteElders", elders.count(new ElderFilter(null, null, null, null, null, null, null,
                        null, null, true), user.jurisdiction()));
            }
            care.addRegionTo(user, scopeRegion, subRegions, m);
            return fragments.render("home-figures :: scope", m, request, response);
        });
        model.addAttribute("scopeFigures", figures.html());
        care.addOwnTo(user, model);
        if (user.role() == Role.COUNTY) {
            // Accounts of the county that hit too many people outside their jurisdiction this week (ElsewhereHits).
            model.addAttribute("lookupAlerts", elsewhereHits.alertsInCounty(user.countyCode()));
        }
        return "home";
    }
}
