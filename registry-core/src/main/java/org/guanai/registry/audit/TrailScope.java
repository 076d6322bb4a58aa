package org.guanai.registry.audit;

import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;

/**
 * Which rows of the audit trail a reader sees: those of the counties under one region (a county office its own
 * county; a province-level auditor every county of the province), and for an auditor also the installation's own
 * rows (scheduled jobs, logins under unknown names, the administrator's actions when it has no county). {@code county}:
 * the one county whose rows these are, when that is all they are (a county office), else null.
 */
public record TrailScope(String lowestCode, String highestCode, boolean installationRows, String county) {

    /**
     * The county office: its own county's rows. A row's county is its actor's county or the region above one, so
     * the rows under a county's code are those of the county's own code: read by that code ({@link #county}).
     */
    public static TrailScope countyOffice(String countyCode) {
        RegionCode code = RegionCode.of(countyCode);
        String prefix = code.prefix();
        return new TrailScope(RegionCode.lowestWithPrefix(prefix), RegionCode.highestWithPrefix(prefix), false,
                code.level() == RegionLevel.COUNTY ? code.value() : null);
    }

    /** An auditor: the rows of every county under its region, and the installation's. */
    public static TrailScope auditor(String regionCode) {
        String prefix = RegionCode.of(regionCode).prefix();
        return new TrailScope(RegionCode.lowestWithPrefix(prefix), RegionCode.highestWithPrefix(prefix), true, null);
    }
}
