package org.guanai.registry.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionLevel;

/**
 * Where the generated people live: each county gets an equal share (a province's counties are of a size), and
 * within it each village. With one county this is one pick among its villages, as the demo always drew.
 */
public final class DemoPlaces {

    private final List<List<String>> villagesByCounty;
    private final Map<String, String> countyNames;

    private DemoPlaces(List<List<String>> villagesByCounty, Map<String, String> countyNames) {
        this.villagesByCounty = villagesByCounty;
        this.countyNames = countyNames;
    }

    /** The villages among {@code regions}, by county, with the counties' names. */
    public static DemoPlaces of(List<Region> regions) {
        Map<String, List<String>> villages = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Region region : regions) {
            if (region.getLevel() == RegionLevel.COUNTY) {
                names.put(region.getCode().substring(0, 6), region.getName());
            } else if (region.getLevel() == RegionLevel.VILLAGE) {
                String county = region.getCode().substring(0, 6);
                villages.computeIfAbsent(county, k -> new ArrayList<>()).add(region.getCode());
            }
        }
        return new DemoPlaces(new ArrayList<>(villages.values()), names);
    }

    String pickVillage(Random random) {
        List<String> county = villagesByCounty.size() == 1 ? villagesByCounty.get(0)
                : villagesByCounty.get(random.nextInt(villagesByCounty.size()));
        return county.get(random.nextInt(county.size()));
    }

    /** The name of the county a village lies in, as written in addresses (龙里县). */
    String countyName(String villageCode) {
        return countyNames.getOrDefault(villageCode.substring(0, 6), "");
    }
}
