package org.guanai.registry.person;

/** 救助措施: the relief a person receives (the words are in labels.properties). */
public enum Assistance {
    REGISTERED_POOR, MINIMUM_LIVING, EXTREME_POVERTY_SUPPORT, TEMPORARY_RELIEF, MEDICAL_RELIEF, HOUSING_RELIEF,
    DISABILITY_LIVING_SUBSIDY, DISABILITY_CARE_SUBSIDY, ORPHAN_ALLOWANCE, OTHER;

    /** Measures that mean the family lives in hardship (家庭生活困难). */
    public boolean meansHardship() {
        return this == REGISTERED_POOR || this == MINIMUM_LIVING || this == EXTREME_POVERTY_SUPPORT;
    }
}
