package org.guanai.registry.casework;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The inbox badge's counts, kept per node for at most {@code maxAge} (5 s) and shared by the users whose inbox is the
 * same query — the same arms with the same parameters, so the same scope and the same parties waited on (decision
 * 046). Any case written on this node drops them all once its transaction ends ({@link CaseWrites}, {@link CaseFile}'s
 * entity listener); a case written on another node, or around JPA, shows in the badge within {@code maxAge}.
 */
@Component
public class InboxCounts {

    /** Beyond this many queries kept, all are dropped and counted again. */
    static final int MAX_KEPT = 2000;

    record Query(List<String> arms, Map<String, Object> params) {
    }

    private record Kept(long count, Instant at, long generation) {
    }

    private final Duration maxAge;
    private final Clock clock;
    private final Map<Query, Kept> kept = new ConcurrentHashMap<>();
    /** Moves on with every committed case write on this node: a count read before it is not given again. */
    private final AtomicLong generation = new AtomicLong();

    InboxCounts(@Value("${registry.inbox.count-max-age:PT5S}") Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    long of(Query query, LongSupplier count) {
        long now = generation.get(); // before the count's read: a write committed meanwhile makes it stale at once
        Instant at = clock.instant();
        Kept k = kept.get(query);
        if (k != null && k.generation() == now && k.at().plus(maxAge).isAfter(at)) {
            return k.count();
        }
        long counted = count.getAsLong();
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(query, new Kept(counted, at, now));
        return counted;
    }

    /** Drops every count kept: a case was written. */
    public void forget() {
        generation.incrementAndGet();
    }

    /**
     * {@link CaseFile}'s entity listener. Hibernate has Spring make one of its own (JPA's rule), so it is not the
     * counts' bean itself but is given it.
     */
    static class CaseWrites {

        private final InboxCounts counts;

        CaseWrites(InboxCounts counts) {
            this.counts = counts;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(CaseFile written) {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        counts.forget(); // after a rollback too: harmless, and simpler than telling them apart
                    }
                });
            } else {
                counts.forget();
            }
        }
    }
}
