package org.guanai.registry.jurisdiction;

import java.util.List;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Component;

/** The regions a user may pick in a form or filter: those of the user's jurisdiction. */
@Component
public class RegionChoices {

    private final RegionService regions;

    RegionChoices(RegionService regions) {
        this.regions = regions;
    }

    /** The villages of the jurisdiction, or its towns and villages; nothing for a jurisdiction without people. */
    public List<Region> of(Jurisdiction jurisdiction, boolean villagesOnly) {
        if (jurisdiction.regionPrefix() == null) {
            return List.of();
        }
        List<Region> inScope = jurisdiction.region() == null ? regions.all() : regions.subtree(jurisdiction.region());
        return inScope.stream().filter(r -> villagesOnly ? r.getLevel() == RegionLevel.VILLAGE
                : r.getLevel() == RegionLevel.TOWN || r.getLevel() == RegionLevel.VILLAGE).toList();
    }
}
