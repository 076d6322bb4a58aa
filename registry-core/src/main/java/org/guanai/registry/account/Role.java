package org.guanai.registry.account;

import org.guanai.registry.region.RegionLevel;

/**
 * The one role of an account: the kind of scope that goes with it and what it may export (its
 * {@link ExportRight}). Which pages a role opens is SecurityConfiguration's; which people and cases it sees is
 * its jurisdiction's, applied by the repositories.
 */
public enum Role {
    /** Accounts, roles, jurisdictions; no one's personal data, and not the audit trail (三权分立). */
    ADMIN(null, false, ExportRight.NONE),
    /** 县民政局 / 留守办: sees the county, reviews and aggregates. */
    COUNTY(RegionLevel.COUNTY, false, ExportRight.FULL),
    /** Town clerk (镇社会事业办 / 留守办). */
    TOWN(RegionLevel.TOWN, false, ExportRight.FULL),
    /** Village child-welfare director (儿童福利主任): the people of one village. */
    VILLAGE(RegionLevel.VILLAGE, false, ExportRight.FULL),
    /** Staff of one department (公安, 教育 …): works the cases routed to it. */
    DEPARTMENT(null, false, ExportRight.OWN_CASES),
    /** A school, clinic or village that files mandatory reports. */
    REPORTER(null, false, ExportRight.NONE),
    /** 督查督办局 / 综治办: read-only supervision of a county, or of every county of a province-level scope. */
    INSPECTOR(RegionLevel.COUNTY, true, ExportRight.MASKED),
    /** Reads the audit trail of a county (or of every county below a province-level scope); nothing personal. */
    AUDITOR(RegionLevel.COUNTY, true, ExportRight.NONE);

    private final RegionLevel scopeLevel;
    private final boolean orAbove;
    private final ExportRight exportRight;

    Role(RegionLevel scopeLevel, boolean orAbove, ExportRight exportRight) {
        this.scopeLevel = scopeLevel;
        this.orAbove = orAbove;
        this.exportRight = exportRight;
    }

    /** True for roles whose scope is an organisation rather than a region. */
    public boolean scopedByOrganisation() {
        return this == DEPARTMENT || this == REPORTER;
    }

    /** The region level this role's scope must be at (or above, see {@link #allowsScopeAt}); null when any will do. */
    public RegionLevel scopeLevel() {
        return scopeLevel;
    }

    /** True when a region at {@code level} may be this role's scope. */
    public boolean allowsScopeAt(RegionLevel level) {
        if (scopeLevel == null) {
            return true;
        }
        return orAbove ? level.ordinal() <= scopeLevel.ordinal() : level == scopeLevel;
    }

    /**
     * True for the roles that register people and change their records: the county office, towns and villages.
     * Departments and the inspector read the registry; reporters, the administrator and the auditor never see it.
     */
    public boolean changesRegistry() {
        return this == COUNTY || this == TOWN || this == VILLAGE;
    }

    /** What the role may take out of the system in files, and which numbers it may see in full. */
    public ExportRight exportRight() {
        return exportRight;
    }
}
