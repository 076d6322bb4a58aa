package org.guanai.registry.care;

/** The services an activity gives (docs/care.md). Stored by name: add values, never rename. */
public enum ActivityKind {
    TUTORING, AFTER_SCHOOL, FAMILY_CALL, COUNSELLING, SAFETY_EDUCATION, LAW_EDUCATION, HEALTH_CHECK,
    FAMILY_EDUCATION, RECREATION, OTHER
}
