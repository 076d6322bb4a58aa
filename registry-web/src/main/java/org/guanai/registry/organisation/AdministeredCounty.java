package org.guanai.registry.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Component;

/**
 * The county whose regions and units an administrator's page shows: the account form's choices, the region and unit
 * pages. The administrator serves the whole installation, and a province's has 16,500 regions and 7,700 units: every
 * one of them on each of those pages made the account form 2 MB (decision 051).
 */
@Component
public class AdministeredCounty {

    private final RegionService regions;
    private final OrganisationService organisations;

    AdministeredCounty(RegionService regions, OrganisationService organisations) {
        this.regions = regions;
        this.organisations = organisations;
    }

    /**
     * What a page shows of one county: the installation's counties to choose between, the one chosen (null when
     * there is none), and its regions with those above the counties, in code order.
     */
    public record View(List<Region> counties, String chosen, List<Region> regions) {
    }

    /** The county {@code requested} if it is one of the installation's, else the first. */
    public View of(String requested) {
        List<Region> countiesAndAbove = regions.countiesAndAbove();
        List<Region> counties = countiesAndAbove.stream().filter(r -> r.getLevel() == RegionLevel.COUNTY).toList();
        List<Region> above = countiesAndAbove.stream().filter(r -> r.getLevel() != RegionLevel.COUNTY).toList();
        Optional<Region> chosen = counties.stream().filter(r -> r.getCode().equals(requested)).findFirst()
                .or(() -> counties.stream().findFirst());
        if (chosen.isEmpty()) {
            return new View(counties, null, above);
        }
        List<Region> shown = new ArrayList<>(above);
        shown.addAll(regions.subtree(chosen.get().code()));
        shown.sort(Comparator.comparing(Region::getCode));
        return new View(counties, chosen.get().getCode(), shown);
    }

    /** The units of the view's regions (read only by the pages that show units, not the region page). */
    public List<Organisation> unitsOf(View view) {
        if (view.chosen() == null) {
            return organisations.all();
        }
        List<String> above = view.regions().stream().filter(r -> r.getLevel().compareTo(RegionLevel.COUNTY) < 0)
                .map(Region::getCode).toList();
        return organisations.ofCounty(RegionCode.of(view.chosen()), above);
    }

    /**
     * The county an account's scope lies in, for its form to open on ({@link #of}): that of its region, else of its
     * unit's region, or the region itself above a county (a province's inspector), which {@link #of} takes for none;
     * null for an account without a scope.
     */
    public String countyOf(String regionCode, Long organisationId) {
        String code = regionCode != null ? regionCode
                : organisations.find(organisationId).map(Organisation::getRegionCode).orElse(null);
        return RegionCode.isValid(code) ? RegionCode.of(code).countyOrAbove().value() : null;
    }
}
