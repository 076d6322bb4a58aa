package org.guanai.registry.audit;

import java.time.LocalDate;

/** Filters of the audit page; every field is optional. Dates are inclusive, in the installation's zone. */
public record AuditQuery(String username, AuditAction action, AuditOutcome outcome, LocalDate from, LocalDate to) {
}
