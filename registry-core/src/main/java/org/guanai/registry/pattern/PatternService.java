package org.guanai.registry.pattern;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.care.CarePattern;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "456" pattern: per level, the regions × items matrix with what is built, and the completion figures.
 * The county office keeps the county's items; a town keeps its own and its villages'.
 */
@Service
@Transactional
public class PatternService {

    private final PatternItemRepository items;
    private final PatternEntryRepository entries;
    private final RegionService regions;
    private final CarePattern care;
    private final AuditService audit;
    private final Clock clock;

    PatternService(PatternItemRepository items, PatternEntryRepository entries, RegionService regions,
            CarePattern care, AuditService audit, Clock clock) {
        this.care = care;
        this.items = items;
        this.entries = entries;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** One level's matrix: its items, its regions, each region's entries by item id, built count per item. */
    public record Level(RegionLevel level, List<PatternItem> items, List<Region> regions,
            Map<String, Map<Long, PatternEntry>> entries, Map<Long, Integer> builtPerItem) {

        public int cells() {
            return items.size() * regions.size();
        }

        public int built() {
            return builtPerItem.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Per cent of the level's cells built, rounded down. */
        public int percent() {
            return cells() == 0 ? 0 : built() * 100 / cells();
        }
    }

    /**
     * The matrix of the user's region: the county, its towns and villages (a town: itself and its villages); for an
     * inspector above a county, of the county it chose ({@code requestedCounty}). The items are the county's plan's.
     */
    @Transactional(readOnly = true)
    public List<Level> matrix(SignedInUser actor, String requestedCounty) {
        RegionCode scope = scopeOf(actor);
        RegionCode county = regions.workingCounty(actor.jurisdiction().county(), requestedCounty)
                .orElseThrow(() -> new PatternRefusedException("pattern.error.notYours"));
        if (scope.level().ordinal() < RegionLevel.COUNTY.ordinal()) {
            scope = county;
        }
        List<PatternItem> countyItems = itemsOf(county);
        Map<String, Map<Long, PatternEntry>> byRegion = new HashMap<>();
        for (PatternEntry e : entries.inRegion(RegionCode.lowestWithPrefix(scope.prefix()),
                RegionCode.highestWithPrefix(scope.prefix()))) {
            byRegion.computeIfAbsent(e.getRegionCode(), k -> new HashMap<>()).put(e.getItemId(), e);
        }
        showVillagesCare(countyItems, byRegion, RegionCode.lowestWithPrefix(scope.prefix()),
                RegionCode.highestWithPrefix(scope.prefix()));
        List<Region> all = regions.subtree(scope);
        List<Level> levels = new ArrayList<>();
        for (RegionLevel level : List.of(RegionLevel.COUNTY, RegionLevel.TOWN, RegionLevel.VILLAGE)) {
            List<PatternItem> levelItems = countyItems.stream().filter(i -> i.getLevel() == level).toList();
            List<Region> levelRegions = all.stream().filter(r -> r.getLevel() == level).toList();
            if (levelRegions.isEmpty()) {
                continue;
            }
            Map<Long, Integer> built = new HashMap<>();
            for (PatternItem item : levelItems) {
                built.put(item.getId(), (int) levelRegions.stream().map(r -> byRegion.getOrDefault(r.getCode(), Map.of())
                        .get(item.getId())).filter(e -> e != null && e.isBuilt()).count());
            }
            levels.add(new Level(level, levelItems, levelRegions, byRegion, built));
        }
        return levels;
    }

    /**
     * Records one region's items ({@code built} item ids built, each since {@code builtOn}, with its note).
     * The county office keeps the county's; a town its own and its villages'. Others are refused.
     */
    public void record(RegionCode region, Map<Long, Boolean> built, Map<Long, LocalDate> builtOn,
            Map<Long, String> notes, SignedInUser actor) {
        RegionLevel level = region.level();
        boolean allowed = switch (actor.role()) {
            case COUNTY -> actor.jurisdiction().coversRegion(region) && level == RegionLevel.COUNTY;
            case TOWN -> actor.jurisdiction().coversRegion(region) && level != RegionLevel.COUNTY;
            default -> false;
        };
        if (!allowed || regions.find(region.value()).isEmpty()) {
            throw new PatternRefusedException("pattern.error.notYours");
        }
        for (PatternItem item : itemsOf(region.countyOrAbove())) {
            if (item.getLevel() != level || isShownByCare(item)) {
                continue; // the care records show it; a tick would contradict them
            }
            boolean isBuilt = Boolean.TRUE.equals(built.get(item.getId()));
            String note = notes.getOrDefault(item.getId(), "");
            note = Texts.strippedOrNull(note);
            if (note != null && note.length() > 500) {
                throw new PatternRefusedException("pattern.error.noteTooLong");
            }
            PatternEntry e = entries.findByItemIdAndRegionCode(item.getId(), region.value())
                    .orElseGet(() -> new PatternEntry(item.getId(), region.value()));
            e.record(isBuilt, builtOn.get(item.getId()), note, actor.username(), clock.instant());
            entries.save(e);
        }
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "pattern_entry", region.value(), "456");
    }

    /** The items of one region's level with its entries, for the form. */
    @Transactional(readOnly = true)
    public Map<PatternItem, PatternEntry> of(RegionCode region, SignedInUser actor) {
        if (!scopeOf(actor).covers(region)) {
            throw new PatternRefusedException("pattern.error.notYours");
        }
        Map<PatternItem, PatternEntry> form = new LinkedHashMap<>();
        Map<Integer, CarePattern.Shown> shown = region.level() == RegionLevel.VILLAGE ? care.village(region.value())
                : Map.of();
        for (PatternItem item : itemsOf(region.countyOrAbove())) {
            if (item.getLevel() == region.level()) {
                form.put(item, isShownByCare(item) ? shownEntry(item, region.value(), shown.get(item.getNumber()))
                        : entries.findByItemIdAndRegionCode(item.getId(), region.value()).orElse(null));
            }
        }
        return form;
    }

    /**
     * A village item the care records show (docs/care.md, "The 456 items"): its entry is what the records say, never a
     * tick. Such an entry is made for the page and never saved.
     */
    public static boolean isShownByCare(PatternItem item) {
        return item.getLevel() == RegionLevel.VILLAGE && CarePattern.shows(item.getNumber());
    }

    private static PatternEntry shownEntry(PatternItem item, String region, CarePattern.Shown shown) {
        PatternEntry e = new PatternEntry(item.getId(), region);
        e.record(shown != null, shown == null ? null : shown.since(), shown == null ? null : shown.what(), "care",
                null);
        return e;
    }

    /** Replaces the ticks of the care-shown village items in {@code byRegion} by what the records say. */
    private void showVillagesCare(List<PatternItem> countyItems, Map<String, Map<Long, PatternEntry>> byRegion,
            String low, String high) {
        Map<String, Map<Integer, CarePattern.Shown>> shown = care.villages(low, high);
        for (PatternItem item : countyItems) {
            if (!isShownByCare(item)) {
                continue;
            }
            byRegion.values().forEach(m -> m.remove(item.getId()));
            shown.forEach((village, items) -> {
                CarePattern.Shown s = items.get(item.getNumber());
                if (s != null) {
                    byRegion.computeIfAbsent(village, k -> new HashMap<>())
                            .put(item.getId(), shownEntry(item, village, s));
                }
            });
        }
    }

    private List<PatternItem> itemsOf(RegionCode county) {
        return items.findByCountyCodeOrderByLevelAscNumberAsc(county.value());
    }

    private static RegionCode scopeOf(SignedInUser actor) {
        RegionCode region = actor.jurisdiction().region();
        if (region == null || !(actor.role() == Role.COUNTY || actor.role() == Role.INSPECTOR
                || actor.role() == Role.TOWN)) {
            throw new PatternRefusedException("pattern.error.notYours");
        }
        return region;
    }
}
