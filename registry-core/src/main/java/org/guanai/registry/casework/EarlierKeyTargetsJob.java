package org.guanai.registry.casework;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the upgrade that brought casework, the children who were already key targets get their cases, once
 * per database: the job's row (migration V7) is locked so that a second node skips it, and marked done in
 * the same transaction as the cases it opened.
 */
@Component
@Order(200)
class EarlierKeyTargetsJob implements ApplicationRunner {

    static final String NAME = "open-cases-for-earlier-key-targets";
    private static final Logger log = LoggerFactory.getLogger(EarlierKeyTargetsJob.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final KeyTargetCases keyTargetCases;

    EarlierKeyTargetsJob(JdbcTemplate jdbc, TransactionTemplate transaction, KeyTargetCases keyTargetCases) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.keyTargetCases = keyTargetCases;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            List<String> pending = jdbc.queryForList("select name from one_time_job where name = ? and done_at is null "
                    + "for update skip locked", String.class, NAME);
            if (pending.isEmpty()) {
                return;
            }
            int opened = keyTargetCases.openForEarlierKeyTargets();
            jdbc.update("update one_time_job set done_at = now() where name = ?", NAME);
            log.info("Opened {} cases for children who were key targets before casework.", opened);
        });
    }
}
