package org.guanai.registry.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. A refusal or a read is written at once on the audit writer's own
 * connections, so that an operation that rolls back still leaves its trace; a change is written in its own
 * transaction, so that its row goes with it.
 */
@Service
public class AuditService {

    private final AuditRepository events;
    private final AuditWriter writer;
    private final ObjectProvider<ActorProvider> actorProvider;
    private final Clock clock;
    private final ZoneId zone;

    AuditService(AuditRepository events, AuditWriter writer, ObjectProvider<ActorProvider> actorProvider,
            Clock clock, RegistryProperties properties) {
        this.events = events;
        this.writer = writer;
        this.actorProvider = actorProvider;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** Records an event by the actor of the current request (or the system), committed at once. */
    public void record(AuditAction action, String objectType, Object objectId, AuditOutcome outcome, String detail) {
        record(currentActor(), action, objectType, objectId, outcome, detail);
    }

    /** Records an event, committed at once whatever becomes of the caller's transaction (AuditWriter). */
    public void record(Actor actor, AuditAction action, String objectType, Object objectId, AuditOutcome outcome,
            String detail) {
        writer.insert(new AuditEvent(clock.instant(), actor, action, objectType,
                objectId == null ? null : String.valueOf(objectId), outcome, detail));
    }

    /**
     * Records a read of people once per user, object and day (opening a person's page, a search by identity number):
     * enough to answer "who looked at this child", without a row for every page (docs/security.md, "Audit").
     * Without a logged-in account every read is recorded.
     */
    public void recordOncePerDay(AuditAction action, String objectType, Object objectId, String detail) {
        Actor actor = currentActor();
        AuditEvent event = new AuditEvent(clock.instant(), actor, action, objectType,
                objectId == null ? "-" : String.valueOf(objectId), AuditOutcome.SUCCESS, detail);
        if (actor.accountId() == null) {
            writer.insert(event);
        } else {
            writer.insertOncePerDay(event, LocalDate.ofInstant(event.getOccurredAt(), zone));
        }
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
     * Records an event in the caller's transaction, on the connection it already holds; the transaction must
     * commit for the row to stay. A login's row goes with its account row's update this way.
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

    /**
     * The rows of the reader's {@code scope} that match the query, newest first; their total counted up to
     * {@code countUpTo} (docs/security.md, "The audit trail page": a trail of years was counted on every page).
     */
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditQuery query, TrailScope scope, ZoneId zone, Pageable pageable, int countUpTo) {
        Instant from = query.from() == null ? Instant.EPOCH : query.from().atStartOfDay(zone).toInstant();
        Instant to = (query.to() == null ? LocalDate.now(clock.withZone(zone)).plusDays(1) : query.to().plusDays(1))
                .atStartOfDay(zone).toInstant();
        String username = query.username() == null || query.username().isBlank() ? null : query.username().trim();
        AuditAction action = query.action();
        AuditOutcome outcome = query.outcome();
        List<AuditEvent> rows;
        long total;
        if (scope.county() != null) {
            rows = events.searchInCounty(scope.county(), username, action, outcome, from, to, pageable);
            total = events.countUpToInCounty(scope.county(), username, action, outcome, from, to, countUpTo);
        } else {
            rows = events.search(scope.lowestCode(), scope.highestCode(), scope.installationRows(), username, action,
                    outcome, from, to, pageable);
            total = events.countUpTo(scope.lowestCode(), scope.highestCode(), scope.installationRows(), username,
                    action, outcome, from, to, countUpTo);
        }
        return new PageImpl<>(rows, pageable, total);
    }

    /** How many rows of {@code action} the current user has caused since the start of today (installation zone). */
    @Transactional(readOnly = true)
    public long countTodayByCurrentActor(AuditAction action) {
        Actor actor = currentActor();
        Instant startOfToday = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        return events.countSince(actor.username(), action, startOfToday);
    }

    /** Rows of {@code action} in a county's trail since {@code since}, newest first (the county office's alerts). */
    @Transactional(readOnly = true)
    public List<AuditEvent> recentInCounty(AuditAction action, String countyCode, Instant since) {
        return events.findByActionAndCountyCodeAndOccurredAtGreaterThanEqualOrderByOccurredAtDesc(action, countyCode,
                since);
    }

    @Transactional(readOnly = true)
    public long countLoginFailuresFromIp(String ip, Instant since) {
        return ip == null ? 0 : events.countLoginFailuresFromIp(ip, since);
    }
}
