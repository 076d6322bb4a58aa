package org.guanai.registry.shared;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the reads of one page that asks several services (a person's page: the person, visits, history, cases)
 * in one read-only transaction: one connection and one persistence context, where each service's own
 * transaction joins it. Each service still checks the jurisdiction; the person it checks is read once.
 */
@Component
public class OneReadTransaction {

    private final TransactionTemplate template;

    OneReadTransaction(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        this.template.setReadOnly(true);
    }

    public void run(Runnable reads) {
        template.executeWithoutResult(status -> reads.run());
    }
}
