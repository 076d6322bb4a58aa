package org.guanai.registry.audit;

public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
