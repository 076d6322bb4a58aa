package org.guanai.registry.shared;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the reads of one person's pages (the person with visits, history, care and cases; the pages of visits and of
 * history) in one read-only transaction: one connection and one persistence context, where each service's own
 * transaction joins it. Each service still checks the jurisdiction; the person it checks is read once.
 * <p>
 * Their statements are prepared on the server (decision 039): each reads by the person's key, for which PostgreSQL's
 * generic plan is the custom one, and planning them took five times as long as running them. The connection's own
 * threshold (decision 007: every statement planned with its values) is restored when the reads end.
 */
@Component
public class OneReadTransaction {

    private final TransactionTemplate template;
    private final EntityManager entityManager;

    OneReadTransaction(PlatformTransactionManager transactions, EntityManager entityManager) {
        this.template = new TransactionTemplate(transactions);
        this.template.setReadOnly(true);
        this.entityManager = entityManager;
    }

    public void run(Runnable reads) {
        template.executeWithoutResult(status -> PreparedOnServer.during(entityManager, () -> {
            reads.run();
            return null;
        }));
    }
}
