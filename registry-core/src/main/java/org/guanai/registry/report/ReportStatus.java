package org.guanai.registry.report;

/** Where a submitted quarterly report stands; a returned one is resubmitted as a new revision. */
public enum ReportStatus {
    SUBMITTED, RETURNED, APPROVED
}
