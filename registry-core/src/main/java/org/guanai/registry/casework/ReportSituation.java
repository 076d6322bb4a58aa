package org.guanai.registry.casework;

/** The situations a mandatory reporter must report (五（二）2); labels {@code case.situation.<NAME>}. */
public enum ReportSituation {
    LIVING_ALONE, MISSING, GUARDIAN_INCAPACITATED, GUARDIAN_NEGLECT, ABUSE_OR_VIOLENCE, ABANDONMENT
}
