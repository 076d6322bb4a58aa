package org.guanai.registry.person;

import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.springframework.stereotype.Component;

/**
 * Hits of the one-number rule and of the same-name-and-birth-date check on people outside the user's jurisdiction.
 * The answer names no town or village (it would tell where a named child lives); each person hit is audited once a
 * day; after {@value #DAILY_LIMIT} people hit in a day the user's registrations, edits and imports are refused for
 * the rest of the day and the county office sees an alert on its home page (docs/security.md, "Duplicates").
 */
@Component
public class ElsewhereHits {

    public static final int DAILY_LIMIT = 20;

    private final AuditService audit;

    ElsewhereHits(AuditService audit) {
        this.audit = audit;
    }

    /** Refuses a user who has reached today's limit: before anything is checked, so that no answer tells more. */
    public void requireUnderLimit() {
        if (isUser() && audit.countTodayByCurrentActor(AuditAction.DUPLICATE_ELSEWHERE) >= DAILY_LIMIT) {
            alert();
            throw new LookupLimitException();
        }
    }

    /**
     * Records that {@code rule} ("identity number", "name and birth date") found someone outside the user's
     * jurisdiction. At the limit the county office is alerted; beyond it (one import holding many such rows) the
     * whole request is refused.
     */
    public void hit(PersonType type, long holderId, String rule) {
        audit.recordOncePerDay(AuditAction.DUPLICATE_ELSEWHERE, type.name().toLowerCase(), holderId, rule);
        if (!isUser()) {
            return; // a job or a test without a signed-in account: audited, never limited
        }
        long hits = audit.countTodayByCurrentActor(AuditAction.DUPLICATE_ELSEWHERE);
        if (hits >= DAILY_LIMIT) {
            alert();
        }
        if (hits > DAILY_LIMIT) {
            throw new LookupLimitException();
        }
    }

    private boolean isUser() {
        return audit.currentActor().accountId() != null;
    }

    private void alert() {
        audit.recordOncePerDay(AuditAction.DUPLICATE_LIMIT_REACHED, "account", audit.currentActor().accountId(),
                DAILY_LIMIT + " people outside the jurisdiction hit today");
    }
}
