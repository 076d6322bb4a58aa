package org.guanai.registry.region;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and (for the reference-data loaders) writes the region tree. */
@Service
@Transactional(readOnly = true)
public class RegionService {

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    public Optional<Region> find(String code) {
        return RegionCode.isValid(code) ? regions.findById(code) : Optional.empty();
    }

    public String nameOf(String code) {
        return find(code).map(Region::getName).orElse(code);
    }

    public List<Region> children(RegionCode parent) {
        return regions.findByParentCodeOrderBySortOrderAscCodeAsc(parent.value());
    }

    /** The region and everything below it, in code order. */
    public List<Region> subtree(RegionCode root) {
        return regions.findSubtree(root.prefix());
    }

    /**
     * The regions a user may pick in a form or filter: the villages of the jurisdiction, or its towns and
     * villages; nothing for a jurisdiction without people.
     */
    public List<Region> choices(org.guanai.registry.jurisdiction.Jurisdiction jurisdiction, boolean villagesOnly) {
        if (jurisdiction.regionPrefix() == null) {
            return List.of();
        }
        List<Region> inScope = jurisdiction.region() == null ? all() : subtree(jurisdiction.region());
        return inScope.stream().filter(r -> villagesOnly ? r.getLevel() == RegionLevel.VILLAGE
                : r.getLevel() == RegionLevel.TOWN || r.getLevel() == RegionLevel.VILLAGE).toList();
    }

    public List<Region> all() {
        return regions.findAll(org.springframework.data.domain.Sort.by("code"));
    }

    public boolean isEmpty() {
        return regions.count() == 0;
    }

    @Transactional
    public Region create(RegionCode code, String name, RegionCode parent, RegionKind kind, int sortOrder) {
        if (parent != null && !parent.covers(code)) {
            throw new IllegalArgumentException(code + " does not lie under " + parent);
        }
        return regions.save(new Region(code, name, parent, kind, sortOrder));
    }
}
