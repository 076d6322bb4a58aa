package org.guanai.registry.organisation;

import java.util.stream.Collectors;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's view of the reference data: the region tree and the organisations. */
@Controller
class ReferenceDataController {

    private final RegionService regions;
    private final OrganisationService organisations;

    ReferenceDataController(RegionService regions, OrganisationService organisations) {
        this.regions = regions;
        this.organisations = organisations;
    }

    @GetMapping("/admin/regions")
    String regions(Model model) {
        model.addAttribute("regions", regions.all());
        return "admin/regions";
    }

    @GetMapping("/admin/organisations")
    String organisations(Model model) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("regionNames", regions.all().stream()
                .collect(Collectors.toMap(Region::getCode, Region::getName)));
        return "admin/organisations";
    }
}
