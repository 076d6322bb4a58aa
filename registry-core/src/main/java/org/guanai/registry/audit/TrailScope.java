package org.guanai.registry.audit;

import org.guanai.registry.region.RegionCode;

/**
 * Which rows of the audit trail a reader sees: those of the counties under one region (a county office its own
 * county; a province-level auditor every county of the province), and for an auditor also the installation's own
 * rows (scheduled jobs, logins under unknown names, the administrator's actions when it has no county).
 */
public record TrailScope(String lowestCode, String highestCode, boolean installationRows) {

    /** The county office: its own county's rows. */
    public static TrailScope countyOffice(String countyCode) {
        String prefix = RegionCode.of(countyCode).prefix();
        return new TrailScope(RegionCode.lowestWithPrefix(prefix), RegionCode.highestWithPrefix(prefix), false);
    }

    /** An auditor: the rows of every county under its region, and the installation's. */
    public static TrailScope auditor(String regionCode) {
        String prefix = RegionCode.of(regionCode).prefix();
        return new TrailScope(RegionCode.lowestWithPrefix(prefix), RegionCode.highestWithPrefix(prefix), true);
    }
}
