package org.guanai.registry.organisation;

/** What sort of unit an organisation is; REPORTER accounts belong to the reporting kinds. */
public enum OrganisationKind {
    COUNTY_DEPARTMENT, TOWN_OFFICE, POLICE_STATION, SCHOOL, KINDERGARTEN, CLINIC, VILLAGE_COMMITTEE,
    INSTITUTION, SOCIAL_WORK, OTHER;

    /** Units that file mandatory reports (强制报告责任主体) rather than work cases. */
    public boolean isReportingUnit() {
        return switch (this) {
            case SCHOOL, KINDERGARTEN, CLINIC, VILLAGE_COMMITTEE, INSTITUTION, SOCIAL_WORK -> true;
            default -> false;
        };
    }
}
