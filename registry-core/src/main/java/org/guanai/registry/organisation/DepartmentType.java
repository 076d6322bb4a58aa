package org.guanai.registry.organisation;

/** The line of work of a department, used to route cases (公安 for household registration …). */
public enum DepartmentType {
    CIVIL_AFFAIRS, POLICE, EDUCATION, HEALTH, WOMEN, DISABLED, HUMAN_RESOURCES, POVERTY, JUSTICE, FINANCE,
    YOUTH_LEAGUE, COURT, PROCURATORATE, INSPECTION, COMPREHENSIVE_GOVERNANCE, ELDERLY_CARE_COMMITTEE, TOWN, OTHER
}
