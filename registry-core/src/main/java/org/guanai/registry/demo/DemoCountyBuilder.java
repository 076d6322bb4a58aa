package org.guanai.registry.demo;

import java.util.List;
import org.guanai.registry.organisation.OrganisationKind;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionKind;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Component;

/** Creates a county's departments and its towns (villages and town units), for the demo and synthetic counties. */
@Component
class DemoCountyBuilder {

    private final RegionService regions;
    private final OrganisationService organisations;

    DemoCountyBuilder(RegionService regions, OrganisationService organisations) {
        this.regions = regions;
        this.organisations = organisations;
    }

    /**
     * The Longli plan's departments in {@code county}, named after it; {@code codeSuffix} keeps the organisation
     * codes of several counties apart (none for the demo county, whose codes the demo accounts use).
     */
    void departments(RegionCode county, String countyName, String codeSuffix) {
        int order = 0;
        for (LongliDemoCounty.Department d : LongliDemoCounty.DEPARTMENTS) {
            organisations.create(d.code() + codeSuffix, d.name().replace("龙里县", countyName),
                    OrganisationKind.COUNTY_DEPARTMENT, d.type(), county, order++);
        }
    }

    /** The town, its communities and villages, and its four units. */
    void town(LongliDemoCounty.Town town, RegionCode county, int order) {
        RegionCode townCode = RegionCode.of(town.code());
        regions.create(townCode, town.name(), county, town.kind(), order);
        villages(town, townCode, town.communities(), true);
        villages(town, townCode, town.villages(), false);
        int unitOrder = 0;
        for (LongliDemoCounty.OrganisationSeed unit : LongliDemoCounty.townUnits(town)) {
            organisations.create(unit.code(), unit.name(), unit.kind(), unit.type(), townCode, unitOrder++);
        }
    }

    private void villages(LongliDemoCounty.Town town, RegionCode townCode, List<String> names, boolean community) {
        for (int i = 0; i < names.size(); i++) {
            regions.create(RegionCode.of(LongliDemoCounty.villageCode(town, community, i)), names.get(i), townCode,
                    community ? RegionKind.COMMUNITY : RegionKind.VILLAGE, (community ? 0 : 100) + i);
        }
    }
}
