package org.guanai.registry.web;

import java.util.List;
import java.util.Map;
import org.guanai.registry.account.ExportRight;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.plan.CountyPlans;
import org.guanai.registry.plan.PlanPack;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.security.AccountPrincipal;
import org.guanai.registry.shared.PageFrame;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What every page may show: the county's name in the top bar, the main menu, the choices of the forms. Only for this
 * application's controllers, not the actuator's endpoints.
 */
@ControllerAdvice(annotations = Controller.class)
class GlobalModel implements PageFrame {

    private final RegistryProperties properties;
    private final FormOptions options;
    private final RegionService regions;
    private final CountyPlans plans;

    GlobalModel(RegistryProperties properties, FormOptions options, RegionService regions, CountyPlans plans) {
        this.plans = plans;
        this.properties = properties;
        this.options = options;
        this.regions = regions;
    }

    /** The choices of forms and filters: {@code ${opt.schooling()}} (fragment parameters may not call beans). */
    @ModelAttribute("opt")
    FormOptions options() {
        return options;
    }

    /**
     * Who is signed in, for the top bar and the menu; null before logging in. A model attribute rather than the
     * security dialect's {@code sec:authorize}, which evaluated an access expression twice on every page.
     */
    @ModelAttribute("signedIn")
    AccountPrincipal signedIn() {
        return AccountPrincipal.current();
    }

    /** Which entries of the main menu the user sees ({@link MenuEntry}); none before logging in. */
    @ModelAttribute("menu")
    Map<String, Boolean> menu(SignedInUser user) {
        return MenuEntry.shownTo(user);
    }

    /**
     * Whether the user registers people and changes their records ({@code Role.changesRegistry}): the lists' 登记,
     * a person's 修改, visits and exit. A model value rather than a security expression evaluated by the page.
     */
    @ModelAttribute("changesRegistry")
    boolean changesRegistry(SignedInUser user) {
        return user != null && user.role().changesRegistry();
    }

    /** What the user may export, and whether numbers show in full ({@code account.ExportRight}); none before login. */
    @ModelAttribute("exportRight")
    ExportRight exportRight(SignedInUser user) {
        return user == null ? ExportRight.NONE : user.role().exportRight();
    }

    /**
     * The counties a user whose scope lies above a county may choose between on the pages of a county's plan (tasks,
     * 456, committees, case routes, supervision), and the one chosen; none for everyone else.
     */
    @ModelAttribute("countyChoices")
    List<Region> countyChoices(SignedInUser user) {
        return user == null ? List.of() : regions.countiesUnder(user.jurisdiction().county());
    }

    @ModelAttribute("chosenCounty")
    String chosenCounty(@RequestParam(name = "county", required = false) String county) {
        return county;
    }

    /** The county in the top bar: the user's own (长白朝鲜族自治县 for its users), else the installation's. */
    @ModelAttribute("countyName")
    String countyName(SignedInUser user) {
        RegionCode county = user == null ? null : user.jurisdiction().county();
        return county == null || county.level() != RegionLevel.COUNTY ? properties.countyName()
                : regions.nameOf(county.value());
    }

    /**
     * The plan the user's county works under (its committee names the menu's 领导小组 or 联席会议; without a "456"
     * pattern the menu leaves it out); null without one.
     */
    @ModelAttribute("countyPlan")
    PlanPack plan(SignedInUser user) {
        return user == null ? null : plans.current(user.jurisdiction().county()).orElse(null);
    }

    /** For the error page, which gets no model attribute method: the county's name and the signed-in user's menu. */
    @Override
    public void addTo(Model model) {
        model.addAttribute("countyName", properties.countyName());
        AccountPrincipal principal = AccountPrincipal.current();
        model.addAttribute("signedIn", principal);
        model.addAttribute("menu", MenuEntry.shownTo(principal == null ? null : principal.signedInUser()));
    }
}
