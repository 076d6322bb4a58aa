package org.guanai.registry.organisation;

/**
 * The line of work of a department, used to route cases (公安 for household registration …) and to name the lead and
 * responsible units of a plan's tasks. Every unit the two plans name has its own line (docs/plans.md, "Units");
 * OTHER is for the rest (发改局, 统计局 …).
 */
public enum DepartmentType {
    CIVIL_AFFAIRS, POLICE, EDUCATION, HEALTH, WOMEN, DISABLED, HUMAN_RESOURCES, POVERTY, JUSTICE, FINANCE,
    YOUTH_LEAGUE, COURT, PROCURATORATE, INSPECTION, COMPREHENSIVE_GOVERNANCE, ELDERLY_CARE_COMMITTEE,
    TRADE_UNION, LEGAL_AFFAIRS, PARTY_BUILDING, RED_CROSS, TOWN, OTHER
}
