package org.guanai.registry.organisation;

import java.util.stream.Collectors;
import org.guanai.registry.region.Region;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the reference data: the region tree and the organisations. */
@Controller
class ReferenceDataController {

    private final AdministeredCounty administered;

    ReferenceDataController(AdministeredCounty administered) {
        this.administered = administered;
    }

    /** One county's regions with those above the counties (decision 051); the county chooser picks another. */
    @GetMapping("/admin/regions")
    String regions(@RequestParam(required = false) String county, Model model) {
        AdministeredCounty.View view = shown(county, model);
        model.addAttribute("regions", view.regions());
        return "admin/regions";
    }

    /** The units of one county's regions and of those above the counties, each with its region's name. */
    @GetMapping("/admin/organisations")
    String organisations(@RequestParam(required = false) String county, Model model) {
        AdministeredCounty.View view = shown(county, model);
        model.addAttribute("organisations", administered.unitsOf(view));
        model.addAttribute("regionNames", view.regions().stream()
                .collect(Collectors.toMap(Region::getCode, Region::getName)));
        return "admin/organisations";
    }

    /** The view of the county asked for, its chooser offering the installation's counties (fragments/county). */
    private AdministeredCounty.View shown(String county, Model model) {
        AdministeredCounty.View view = administered.of(county);
        model.addAttribute("countyChoices", view.counties());
        model.addAttribute("chosenCounty", view.chosen());
        return view;
    }
}
