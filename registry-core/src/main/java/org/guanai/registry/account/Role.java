package org.guanai.registry.account;

import org.guanai.registry.region.RegionLevel;

/** The one role of an account, and the kind of scope that goes with it. */
public enum Role {
    /** Accounts, roles, jurisdictions. */
    ADMIN(null),
    /** 县民政局 / 留守办: sees the county, reviews and aggregates. */
    COUNTY(RegionLevel.COUNTY),
    /** Town clerk (镇社会事业办 / 留守办). */
    TOWN(RegionLevel.TOWN),
    /** Village child-welfare director (儿童福利主任). */
    VILLAGE(RegionLevel.VILLAGE),
    /** Staff of one department (公安, 教育 …): works the cases routed to it. */
    DEPARTMENT(null),
    /** A school, clinic or village that files mandatory reports. */
    REPORTER(null),
    /** 督查督办局 / 综治办: read-only supervision of the county. */
    INSPECTOR(RegionLevel.COUNTY);

    private final RegionLevel scopeLevel;

    Role(RegionLevel scopeLevel) {
        this.scopeLevel = scopeLevel;
    }

    /** True for roles whose scope is an organisation rather than a region. */
    public boolean scopedByOrganisation() {
        return this == DEPARTMENT || this == REPORTER;
    }

    /** The region level this role's scope must be at; {@code null} when any or none will do. */
    public RegionLevel scopeLevel() {
        return scopeLevel;
    }
}
