package org.guanai.registry.casework;

/** Why a case was opened; labels {@code case.opened.<NAME>}. Stored by name. */
public enum OpenedBecause {
    /** A registry change made the child a key target (the flag is recorded beside). */
    KEY_TARGET,
    /** A guardianship order to delegate. */
    ORDER_TO_DELEGATE,
    /** A mandatory report's child was placed in temporary care. */
    REPORTED_CHILD_PLACED,
    /** Filed as a mandatory report. */
    MANDATORY_REPORT,
    /** A school reported more than seven days' absence (五（三）2). */
    SCHOOL_ABSENCE,
    /** Opened by staff from the person's page. */
    BY_STAFF
}
