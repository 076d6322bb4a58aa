package org.guanai.registry.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Each row is written in its own transaction, so that a denied or
 * failed operation that rolls back still leaves its trace.
 */
@Service
public class AuditService {

    private final AuditRepository events;
    private final ObjectProvider<ActorProvider> actorProvider;
    private final Clock clock;

    AuditService(AuditRepository events, ObjectProvider<ActorProvider> actorProvider, Clock clock) {
        this.events = events;
        this.actorProvider = actorProvider;
        this.clock = clock;
    }

    /** Records an event by the actor of the current request (or the system). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String objectType, Object objectId, AuditOutcome outcome, String detail) {
        record(currentActor(), action, objectType, objectId, outcome, detail);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Actor actor, AuditAction action, String objectType, Object objectId, AuditOutcome outcome,
            String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, objectType,
                objectId == null ? null : String.valueOf(objectId), outcome, detail));
    }

    /**
     * Records a change that succeeded, in the change's own transaction: if the change rolls back, so does
     * its audit row (refusals and reads use {@link #record}, which commits on its own).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordWithChange(AuditAction action, String objectType, Object objectId, String detail) {
        recordInTransaction(currentActor(), action, objectType, objectId, AuditOutcome.SUCCESS, detail);
    }

    /**
     * Records an event in the caller's transaction, which must commit for the row to stay. For a caller that
     * holds a row lock (a login updates its account row): {@link #record} would wait for a second pooled
     * connection while holding it, and a burst of logins to one account then held every connection, each
     * waiting for the lock or for a connection, until the pool's timeout answered 503 (docs/performance.md).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordInTransaction(Actor actor, AuditAction action, String objectType, Object objectId,
            AuditOutcome outcome, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, objectType,
                objectId == null ? null : String.valueOf(objectId), outcome, detail));
    }

    public Actor currentActor() {
        ActorProvider provider = actorProvider.getIfAvailable();
        Actor actor = provider == null ? null : provider.current();
        return actor == null ? Actor.SYSTEM : actor;
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditQuery query, ZoneId zone, Pageable pageable) {
        Instant from = query.from() == null ? Instant.EPOCH : query.from().atStartOfDay(zone).toInstant();
        LocalDate to = query.to() == null ? LocalDate.now(clock.withZone(zone)).plusDays(1) : query.to().plusDays(1);
        String username = query.username() == null || query.username().isBlank() ? null : query.username().trim();
        return events.search(username, query.action(), query.outcome(), from, to.atStartOfDay(zone).toInstant(),
                pageable);
    }

    @Transactional(readOnly = true)
    public long countLoginFailuresFromIp(String ip, Instant since) {
        return ip == null ? 0 : events.countLoginFailuresFromIp(ip, since);
    }
}
