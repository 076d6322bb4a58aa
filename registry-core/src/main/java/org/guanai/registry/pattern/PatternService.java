package org.guanai.registry.pattern;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.care.CarePattern;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.organisation.Organisation;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.FundsWan;
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
    private final OrganisationService organisations;
    private final AuditService audit;
    private final Clock clock;

    PatternService(PatternItemRepository items, PatternEntryRepository entries, RegionService regions,
            CarePattern care, OrganisationService organisations, AuditService audit, Clock clock) {
        this.organisations = organisations;
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
     * Records one region's items ({@code built} item ids built, each since {@code builtOn}, with its note): those the
     * user may record ({@link #mayRecord}); the others keep what they had. A region none of whose items the user may
     * record is refused.
     */
    public void record(RegionCode region, Map<Long, Boolean> built, Map<Long, LocalDate> builtOn,
            Map<Long, String> notes, SignedInUser actor) {
        if (regions.find(region.value()).isEmpty()) {
            throw new PatternRefusedException("pattern.error.notYours");
        }
        DepartmentType line = lineOf(actor);
        int recorded = 0;
        for (PatternItem item : itemsOf(region.countyOrAbove())) {
            if (item.getLevel() != region.level() || isShownByCare(item) || !mayRecord(item, region, actor, line)) {
                continue; // the care records show it, or it is another unit's to record
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
            recorded++;
        }
        if (recorded == 0) {
            throw new PatternRefusedException("pattern.error.notYours");
        }
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "pattern_entry", region.value(), "456");
    }

    /**
     * Who records an item of a region (docs/plans.md, "The 456 items"): its lead unit for the regions it covers — the
     * county office for the county's items led by civil affairs, a town for its own and its villages' items led by the
     * towns, a county department for the items of its line in any region of its county — and a village worker for
     * its own village's items.
     */
    public static boolean mayRecord(PatternItem item, RegionCode region, SignedInUser actor, DepartmentType line) {
        if (item.getLevel() != region.level()) {
            return false;
        }
        return switch (actor.role()) {
            case COUNTY -> actor.jurisdiction().coversRegion(region) && region.level() == RegionLevel.COUNTY
                    && (item.getLeadLine() == DepartmentType.CIVIL_AFFAIRS || item.getLeadLine() == DepartmentType.TOWN);
            case TOWN -> actor.jurisdiction().coversRegion(region) && region.level() != RegionLevel.COUNTY
                    && item.getLeadLine() == DepartmentType.TOWN;
            case VILLAGE -> actor.jurisdiction().coversRegion(region) && region.level() == RegionLevel.VILLAGE;
            case DEPARTMENT -> line != null && line == item.getLeadLine()
                    && region.countyOrAbove().value().equals(item.getCountyCode());
            default -> false;
        };
    }

    /** The line of a department user's unit; null for everyone else. */
    private DepartmentType lineOf(SignedInUser actor) {
        if (actor.role() != Role.DEPARTMENT) {
            return null;
        }
        return organisations.countyDepartment(actor.jurisdiction().organisationId())
                .map(Organisation::getDepartmentType).orElse(null);
    }

    /** An item of one region's form: its entry (or none yet) and whether the user may record it. */
    public record FormItem(PatternItem item, PatternEntry entry, boolean editable) {
    }

    /** The county office corrects an item of its county's pattern: wording, lines, time limit, funds. */
    public PatternItem changeItem(long id, long expectedVersion, String title, DepartmentType lead,
            Set<DepartmentType> responsible, LocalDate dueOn, BigDecimal fundsWan,
            SignedInUser actor) {
        if (actor.role() != Role.COUNTY) {
            throw new PatternRefusedException("pattern.error.countyOnly");
        }
        String county = actor.jurisdiction().county().value();
        PatternItem item = items.findById(id).filter(i -> i.getCountyCode().equals(county) && !i.isArchived())
                .orElseThrow(() -> new OutsideJurisdictionException("pattern_item " + id));
        if (item.getVersion() != expectedVersion) {
            throw new PatternRefusedException("common.error.concurrentEdit");
        }
        String t = Texts.strippedOrNull(title);
        if (t == null || t.length() > 200) {
            throw PatternRefusedException.ofField("title", "pattern.error.title");
        }
        if (lead == null) {
            throw PatternRefusedException.ofField("lead", "pattern.error.lead");
        }
        if (!FundsWan.acceptable(fundsWan)) {
            throw PatternRefusedException.ofField("fundsWan", "pattern.error.funds");
        }
        item.change(t, lead, responsible, dueOn, fundsWan);
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "pattern_item", id, "changed " + item.getLevel()
                + " " + item.getNumber());
        return item;
    }

    /** An item of the user's county (the county office edits it); another county's answers like a missing one. */
    @Transactional(readOnly = true)
    public PatternItem item(long id, SignedInUser actor) {
        RegionCode county = actor.jurisdiction().county();
        return items.findById(id).filter(i -> county != null && i.getCountyCode().equals(county.value()))
                .orElseThrow(() -> new OutsideJurisdictionException("pattern_item " + id));
    }

    /**
     * A county adopts a plan: its current items are archived {@code on} that day (kept with their entries) and the
     * plan's written.
     */
    public void adopt(RegionCode county, String planId, List<NewItem> planItems, LocalDate on) {
        for (PatternItem old : itemsOf(county)) {
            old.archive(on);
        }
        items.flush();
        for (NewItem n : planItems) {
            PatternItem item = new PatternItem(county.value(), planId, n.level(), n.number(), n.shownByCare());
            item.change(n.title(), n.lead(), n.responsible(), n.dueOn(), n.fundsWan());
            items.save(item);
        }
    }

    /** An item of a plan pack, for {@link #adopt}. */
    public record NewItem(RegionLevel level, int number, String title, DepartmentType lead,
            Set<DepartmentType> responsible, LocalDate dueOn, BigDecimal fundsWan,
            String shownByCare) {
    }

    /** The items of one region's level with its entries and whether the user may record each, for the form. */
    @Transactional(readOnly = true)
    public List<FormItem> of(RegionCode region, SignedInUser actor) {
        if (!scopeOf(actor).covers(region) || regions.find(region.value()).isEmpty()) {
            throw new PatternRefusedException("pattern.error.notYours");
        }
        DepartmentType line = lineOf(actor);
        List<FormItem> form = new ArrayList<>();
        Map<String, CarePattern.Shown> shown = region.level() == RegionLevel.VILLAGE ? care.village(region.value())
                : Map.of();
        for (PatternItem item : itemsOf(region.countyOrAbove())) {
            if (item.getLevel() == region.level()) {
                boolean byCare = isShownByCare(item);
                form.add(new FormItem(item, byCare ? shownEntry(item, region.value(), shown.get(item.getShownByCare()))
                        : entries.findByItemIdAndRegionCode(item.getId(), region.value()).orElse(null),
                        !byCare && mayRecord(item, region, actor, line)));
            }
        }
        return form;
    }

    /**
     * A village item the care records show (docs/care.md, "The 456 items"): its entry is what the records say, never a
     * tick. Such an entry is made for the page and never saved.
     */
    public static boolean isShownByCare(PatternItem item) {
        return item.getLevel() == RegionLevel.VILLAGE && CarePattern.shows(item.getShownByCare());
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
        Map<String, Map<String, CarePattern.Shown>> shown = care.villages(low, high);
        for (PatternItem item : countyItems) {
            if (!isShownByCare(item)) {
                continue;
            }
            byRegion.values().forEach(m -> m.remove(item.getId()));
            shown.forEach((village, items) -> {
                CarePattern.Shown s = items.get(item.getShownByCare());
                if (s != null) {
                    byRegion.computeIfAbsent(village, k -> new HashMap<>())
                            .put(item.getId(), shownEntry(item, village, s));
                }
            });
        }
    }

    private List<PatternItem> itemsOf(RegionCode county) {
        return items.findByCountyCodeAndArchivedOnIsNullOrderByLevelAscNumberAsc(county.value());
    }

    /** The regions whose pattern the user reads: its region's subtree; a county department's county. */
    private static RegionCode scopeOf(SignedInUser actor) {
        RegionCode region = actor.role() == Role.DEPARTMENT ? actor.jurisdiction().county()
                : actor.jurisdiction().region();
        if (region == null || !(actor.role() == Role.COUNTY || actor.role() == Role.INSPECTOR
                || actor.role() == Role.TOWN || actor.role() == Role.VILLAGE || actor.role() == Role.DEPARTMENT)) {
            throw new PatternRefusedException("pattern.error.notYours");
        }
        return region;
    }
}
