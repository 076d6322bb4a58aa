package org.guanai.registry.jurisdiction;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import org.guanai.registry.region.RegionCode;

/**
 * What one account may see: the people of a region's subtree, and the cases of that region or routed
 * to one organisation. Derived from the account's role and scope; every query of people or cases takes
 * one, and the repositories apply it, so no page can forget to filter.
 */
public final class Jurisdiction implements Serializable {

    /**
     * Pinned to the value Java computed before it was declared. Sessions are kept in PostgreSQL across
     * deploys and read by every node, so a new version must read the ones an older one wrote
     * (SessionCompatibilityTest, decision 017).
     */
    @Serial
    private static final long serialVersionUID = 8530615871113207351L;

    private final RegionCode peopleRegion;
    private final boolean allRegions;
    private final Long organisationId;
    private final boolean readOnly;

    private Jurisdiction(RegionCode peopleRegion, boolean allRegions, Long organisationId, boolean readOnly) {
        this.peopleRegion = peopleRegion;
        this.allRegions = allRegions;
        this.organisationId = organisationId;
        this.readOnly = readOnly;
    }

    private Jurisdiction(RegionCode peopleRegion, boolean allRegions, Long organisationId) {
        this(peopleRegion, allRegions, organisationId, organisationId != null);
    }

    /** The same view without the right to change people's records (inspectors, the administrator). */
    public Jurisdiction readOnly() {
        return new Jurisdiction(peopleRegion, allRegions, organisationId, true);
    }

    /** True when people's records in this jurisdiction may be created and changed. */
    public boolean canChangePeople() {
        return !readOnly && seesPeople();
    }

    /** Everything in the installation (the administrator; several counties may share a database). */
    public static Jurisdiction everything() {
        return new Jurisdiction(null, true, null);
    }

    /** The people and cases of a region's subtree: county office, town clerk, village worker, inspector. */
    public static Jurisdiction region(RegionCode region) {
        return new Jurisdiction(Objects.requireNonNull(region), false, null);
    }

    /**
     * A department's staff: the cases routed to the department, and the people of the region it serves
     * (the county for a county department, the town for a police station), read-only.
     */
    public static Jurisdiction department(long organisationId, RegionCode servedRegion) {
        return new Jurisdiction(Objects.requireNonNull(servedRegion), false, organisationId);
    }

    /**
     * No people and no cases at all: the administrator and the auditor, whose duties (accounts, the audit trail)
     * need no one's personal data.
     */
    public static Jurisdiction nobody() {
        return new Jurisdiction(null, false, null, true);
    }

    /** A reporting unit (school, clinic …): no people at all, only what it filed itself. */
    public static Jurisdiction reporter(long organisationId) {
        return new Jurisdiction(null, false, organisationId);
    }

    public boolean seesAllRegions() {
        return allRegions;
    }

    public boolean seesPeople() {
        return allRegions || peopleRegion != null;
    }

    /** True when people registered in {@code region} are visible. */
    public boolean coversRegion(RegionCode region) {
        return allRegions || (peopleRegion != null && peopleRegion.covers(region));
    }

    /**
     * The code prefix a query of people must match ({@code code like prefix || '%'}): the empty string
     * for everything, {@code null} when no person is visible at all.
     */
    public String regionPrefix() {
        if (allRegions) {
            return "";
        }
        return peopleRegion == null ? null : peopleRegion.prefix();
    }

    /** The region this jurisdiction is rooted at, if it is one region's subtree. */
    public RegionCode region() {
        return peopleRegion;
    }

    /**
     * The county whose plan the user works under (its tasks, committees, 456 pattern): the region itself
     * when it is a county or above, else the county above it; null without a region.
     */
    public RegionCode county() {
        return peopleRegion == null ? null : peopleRegion.countyOrAbove();
    }

    /** The organisation whose routed cases (or filed reports) this jurisdiction holds, if any. */
    public Long organisationId() {
        return organisationId;
    }

    /**
     * True when a case owned by {@code ownerOrganisationId} about a person of {@code personRegion} is
     * visible: a department sees what is routed to it; region scopes see the cases of their people.
     */
    public boolean coversCase(Long ownerOrganisationId, RegionCode personRegion) {
        if (allRegions) {
            return true;
        }
        if (organisationId != null) {
            return organisationId.equals(ownerOrganisationId);
        }
        return coversRegion(personRegion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Jurisdiction j && allRegions == j.allRegions && readOnly == j.readOnly
                && Objects.equals(peopleRegion, j.peopleRegion) && Objects.equals(organisationId, j.organisationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(peopleRegion, allRegions, organisationId, readOnly);
    }

    @Override
    public String toString() {
        return allRegions ? "Jurisdiction[all]"
                : "Jurisdiction[region=" + peopleRegion + ", organisation=" + organisationId
                        + (readOnly ? ", read-only" : "") + "]";
    }
}
