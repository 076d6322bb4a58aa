package org.guanai.registry.region;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and (for the reference-data loaders) writes the region tree. One region found by its code, and a
 * region's subtree, are kept in memory for a few minutes (docs/decisions/014-region-lookups-kept-in-memory.md):
 * a list of 200 cases names the place of each, and each lookup was a transaction of its own; every list page
 * offers the towns and villages of its scope to filter by. Its reads take no transaction of their own (each is
 * one statement of the repository's, when not answered from memory): even an empty one around an answer from
 * memory costs a request more than the answer.
 */
@Service
public class RegionService {

    /** How long a node keeps a region it read; an operator's rename shows on every node within this time. */
    static final Duration KEPT_FOR = Duration.ofMinutes(10);
    /** The key under which {@link #childrenOf} keeps the regions without a parent (no region's code is empty). */
    private static final String ROOTS = "";

    private final RegionRepository regions;
    private final Clock clock;
    private final Map<String, Kept<Region>> byCode = new ConcurrentHashMap<>();
    private final Map<String, Kept<List<Region>>> subtrees = new ConcurrentHashMap<>();
    private final Map<String, Kept<List<Region>>> childrenOf = new ConcurrentHashMap<>();

    /** What a node read, and when: it is used until {@link #KEPT_FOR} has passed. */
    private record Kept<T>(T value, Instant readAt) {

        boolean isFreshAt(Instant now) {
            return now.isBefore(readAt.plus(KEPT_FOR));
        }
    }

    RegionService(RegionRepository regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    /** The region of that code. */
    public Optional<Region> find(String code) {
        if (!RegionCode.isValid(code)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Kept<Region> kept = byCode.get(code);
        if (kept != null && kept.isFreshAt(now)) {
            return Optional.of(kept.value());
        }
        // Only regions that exist are kept: one loaded later is found at once.
        Optional<Region> region = regions.findById(code);
        region.ifPresent(r -> byCode.put(code, new Kept<>(r, now)));
        return region;
    }

    public String nameOf(String code) {
        return find(code).map(Region::getName).orElse(code);
    }

    /**
     * The name of the province a region lies in, as the plan's forms print it before their titles (贵州省农村留守儿童花名册);
     * empty when the installation has not loaded the province.
     */
    public String provinceNameOf(RegionCode code) {
        return find(code.ancestorAt(RegionLevel.PROVINCE).value()).map(Region::getName).orElse("");
    }

    /** The regions right below {@code parent}, in their order; kept as {@link #find} keeps one (the home pages ask). */
    public List<Region> children(RegionCode parent) {
        return kept(childrenOf, parent.value(), () -> childrenAsStored(parent));
    }

    /** The regions right below {@code parent} as the database has them now, for loaders that add regions. */
    public List<Region> childrenAsStored(RegionCode parent) {
        return List.copyOf(regions.findByParentCodeOrderBySortOrderAscCodeAsc(parent.value()));
    }

    /** The region and everything below it, in code order. */
    public List<Region> subtree(RegionCode root) {
        return kept(subtrees, root.prefix(), () -> subtreeAsStored(root));
    }

    /** The same as the database has it now: an import knows a village an operator loaded a minute ago. */
    public List<Region> subtreeAsStored(RegionCode root) {
        String prefix = root.prefix();
        return List.copyOf(regions.findByCodeRange(RegionCode.lowestWithPrefix(prefix),
                RegionCode.highestWithPrefix(prefix)));
    }

    /** The list kept under {@code key} while it is fresh, else {@code read} now and kept. */
    private List<Region> kept(Map<String, Kept<List<Region>>> lists, String key, Supplier<List<Region>> read) {
        Instant now = clock.instant();
        Kept<List<Region>> kept = lists.get(key);
        if (kept != null && kept.isFreshAt(now)) {
            return kept.value();
        }
        List<Region> fresh = read.get();
        lists.put(key, new Kept<>(fresh, now));
        return fresh;
    }

    /**
     * The county whose plan and settings (tasks, 456 items, committees, case routes) a page shows the user: its own
     * county; for a user whose scope lies above a county (a province-level inspector) the county it chose among those
     * below, else the first of them. Empty for a user without a region. {@code home}: the user's county, or its region
     * above a county ({@code jurisdiction.Jurisdiction#county}).
     */
    public Optional<RegionCode> workingCounty(RegionCode home, String requested) {
        if (home == null || home.level() == RegionLevel.COUNTY) {
            return Optional.ofNullable(home);
        }
        List<Region> counties = countiesUnder(home);
        return counties.stream().filter(r -> r.getCode().equals(requested)).findFirst()
                .or(() -> counties.stream().findFirst()).map(Region::code);
    }

    /** The counties a user whose scope lies above a county may choose between; none for everyone else. */
    public List<Region> countiesUnder(RegionCode home) {
        if (home == null || home.level() == RegionLevel.COUNTY) {
            return List.of();
        }
        return subtree(home).stream().filter(r -> r.getLevel() == RegionLevel.COUNTY).toList();
    }

    /**
     * The regions at county level and above, in code order: the counties an administrator's page chooses between and
     * the regions above them (a province's hundred or so, not its 16,500). Walked down the tree from its roots, each
     * level kept as {@link #children} keeps it.
     */
    public List<Region> countiesAndAbove() {
        List<Region> found = new ArrayList<>();
        Deque<Region> toVisit = new ArrayDeque<>(kept(childrenOf, ROOTS, () -> List.copyOf(regions.findRoots())));
        while (!toVisit.isEmpty()) {
            Region region = toVisit.pop();
            found.add(region);
            if (region.getLevel().compareTo(RegionLevel.COUNTY) < 0) {
                toVisit.addAll(children(region.code()));
            }
        }
        found.sort(Comparator.comparing(Region::getCode));
        return found;
    }

    public List<Region> all() {
        return regions.findAll(Sort.by("code"));
    }

    public boolean isEmpty() {
        return regions.count() == 0;
    }

    @Transactional
    public Region create(RegionCode code, String name, RegionCode parent, RegionKind kind, int sortOrder) {
        if (parent != null && !parent.covers(code)) {
            throw new IllegalArgumentException(code + " does not lie under " + parent);
        }
        // A new region belongs to the subtrees above it: this node reads them again (other nodes within KEPT_FOR).
        subtrees.clear();
        childrenOf.clear();
        return regions.save(new Region(code, name, parent, kind, sortOrder));
    }
}
