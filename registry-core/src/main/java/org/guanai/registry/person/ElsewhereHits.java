package org.guanai.registry.person;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditEvent;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.shared.KeptBriefly;
import org.springframework.beans.factory.annotation.Value;
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
    /** How long the county office's home page shows an account's alert. */
    static final Duration ALERTS_SHOWN_FOR = Duration.ofDays(7);
    /** Beyond this many counties' alerts kept, all are dropped and read again. */
    private static final int MAX_COUNTIES_KEPT = 2000;

    private final AuditService audit;
    private final Clock clock;
    /** Each county's alerts, read at most once every few seconds per node (decision 046). */
    private final KeptBriefly<String, List<AuditEvent>> alerts;

    ElsewhereHits(AuditService audit, Clock clock, @Value(KeptBriefly.KEPT_FOR) Duration keptFor) {
        this.audit = audit;
        this.clock = clock;
        this.alerts = new KeptBriefly<>(keptFor, clock, MAX_COUNTIES_KEPT);
    }

    /**
     * The county's accounts stopped by the limit in the last seven days, newest first: the county office's alerts. Kept a
     * few seconds per node, and read again at once after an alert raised on this node.
     */
    public List<AuditEvent> alertsInCounty(String countyCode) {
        if (countyCode == null) {
            return List.of();
        }
        return alerts.get(countyCode, () -> List.copyOf(audit.recentInCounty(AuditAction.DUPLICATE_LIMIT_REACHED,
                countyCode, clock.instant().minus(ALERTS_SHOWN_FOR))));
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
        alerts.forget(); // written at once, by the audit's own connection (decision 016)
    }
}
