package org.guanai.registry.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;

/**
 * The region tree by name, for rosters: rows name their town and village in words, exports print them.
 * Built once per import or export from the region table.
 */
public final class RegionDirectory {

    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, List<Region>> townsByName = new HashMap<>();
    private final Map<String, List<Region>> villagesByName = new HashMap<>();
    /** A village's town's name, worked out once: an export asks it for each of its rows. */
    private final Map<String, String> townNameOfVillage = new HashMap<>();

    public RegionDirectory(List<Region> regions) {
        for (Region r : regions) {
            byCode.put(r.getCode(), r);
            if (r.getLevel() == RegionLevel.TOWN) {
                townsByName.computeIfAbsent(key(r.getName()), k -> new ArrayList<>()).add(r);
            } else if (r.getLevel() == RegionLevel.VILLAGE) {
                villagesByName.computeIfAbsent(key(r.getName()), k -> new ArrayList<>()).add(r);
            }
        }
    }

    public String villageName(String villageCode) {
        Region r = villageCode == null ? null : byCode.get(villageCode);
        return r == null ? null : r.getName();
    }

    public String townName(String villageCode) {
        if (villageCode == null) {
            return null;
        }
        return townNameOfVillage.computeIfAbsent(villageCode, code -> {
            if (!RegionCode.isValid(code)) {
                return null;
            }
            Region town = byCode.get(RegionCode.of(code).ancestorAt(RegionLevel.TOWN).value());
            return town == null ? null : town.getName();
        });
    }

    /**
     * The village a row names: by town and village name, or by village name alone when it is unique.
     * Problems go to the cell that named what could not be found.
     */
    String villageCode(String townName, String villageName, CellInput villageCell) {
        List<Region> villages = villagesByName.getOrDefault(key(villageName), List.of());
        if (villages.isEmpty() && !villageName.endsWith("村")) {
            villages = villagesByName.getOrDefault(key(villageName + "村"), List.of());
        }
        if (townName != null) {
            List<Region> towns = townsByName.getOrDefault(key(townName), List.of());
            if (towns.isEmpty()) {
                villageCell.problem("imports.cell.unknownTown", townName);
                return null;
            }
            List<Region> inTown = villages.stream()
                    .filter(v -> towns.stream().anyMatch(t -> t.code().covers(v.code()))).toList();
            if (inTown.size() == 1) {
                return inTown.get(0).getCode();
            }
            villageCell.problem("imports.cell.unknownVillage", villageName, townName);
            return null;
        }
        if (villages.size() == 1) {
            return villages.get(0).getCode();
        }
        villageCell.problem(villages.isEmpty() ? "imports.cell.unknownVillageAnywhere" : "imports.cell.townNeeded",
                villageName);
        return null;
    }

    private static String key(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "");
    }
}
