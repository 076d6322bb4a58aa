package org.guanai.registry.roster;

import java.util.HashMap;
import java.util.Map;

/** Values one column of a row leaves for another (the town for the village, the parents' work places). */
final class RowScratch {

    private final Map<String, Object> values = new HashMap<>();
    private final RegionDirectory regions;

    RowScratch(RegionDirectory regions) {
        this.regions = regions;
    }

    RegionDirectory regions() {
        return regions;
    }

    void put(String key, Object value) {
        values.put(key, value);
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key) {
        return (T) values.get(key);
    }
}
