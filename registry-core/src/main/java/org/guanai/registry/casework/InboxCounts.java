package org.guanai.registry.casework;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.guanai.registry.shared.KeptBriefly;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The inbox badge's counts, kept per node for at most {@code registry.kept-briefly-for} (5 s) and shared by the
 * users whose inbox is the same query — the same arms with the same parameters, so the same scope and the same parties
 * waited on (decision 046). Any case written on this node drops them all once its transaction ends ({@link CaseWrites},
 * {@link CaseFile}'s entity listener); a case written on another node, or around JPA, shows in the badge within that
 * time.
 */
@Component
public class InboxCounts {

    /** Beyond this many queries kept, all are dropped and counted again. */
    static final int MAX_KEPT = 2000;

    record Query(List<String> arms, Map<String, Object> params) {
    }

    private final KeptBriefly<Query, Long> kept;

    InboxCounts(@Value(KeptBriefly.KEPT_FOR) Duration maxAge, Clock clock) {
        this.kept = new KeptBriefly<>(maxAge, clock, MAX_KEPT);
    }

    long of(Query query, LongSupplier count) {
        return kept.get(query, count::getAsLong);
    }

    /** Drops every count kept: a case was written. */
    public void forget() {
        kept.forget();
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
