package org.guanai.registry.care;

import java.util.List;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.RegionChoices;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Component;

/** The villages and towns a care record may serve: those the user may change. */
@Component
public class CareRegions {

    private final RegionService regions;
    private final RegionChoices choices;
    private final CareScope scope;

    CareRegions(RegionService regions, RegionChoices choices, CareScope scope) {
        this.regions = regions;
        this.choices = choices;
        this.scope = scope;
    }

    /** The towns and villages of the jurisdiction, for a form. */
    public List<Region> choices(Jurisdiction jurisdiction) {
        return choices.of(jurisdiction, false);
    }

    /** Refuses a code that is no town or village, or one the user may not change. */
    void requireServed(String code, String objectType, Jurisdiction jurisdiction) {
        if (!RegionCode.isValid(code) || regions.find(code).isEmpty()) {
            throw new CareRefusedException("care.error.region");
        }
        RegionLevel level = RegionCode.of(code).level();
        if (level != RegionLevel.TOWN && level != RegionLevel.VILLAGE) {
            throw new CareRefusedException("care.error.region");
        }
        scope.requireWritable(objectType, null, code, jurisdiction);
    }

    String nameOf(String code) {
        return regions.nameOf(code);
    }
}
