package org.guanai.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Audit retention: old events go, six months always stay, and the nightly purge runs once however often fired. */
@SpringBootTest
class AuditRetentionTest {

    static final String APPEND_ONLY = "audit_event is append-only: DELETE is not allowed";

    @Autowired
    AuditRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void eventsPastTheRetentionGoAndTheLastSixMonthsCannotBeDeletedByAnyone() {
        long old = event(800);
        long kept = event(200);   // past six months, within the default two years
        long recent = event(30);
        retention.purge();
        assertThat(exists(old)).isFalse();
        assertThat(exists(kept)).isTrue();
        assertThat(exists(recent)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'AUDIT_PURGED'",
                Integer.class)).isPositive();

        // The database keeps the log append-only: no delete without the purge's declaration, and none of a row
        // younger than six months even with it.
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", kept))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(e.getCause().getMessage()).contains(APPEND_ONLY));
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
            jdbc.execute("set local registry.audit_purge = 'on'");
            jdbc.update("delete from audit_event where id = ?", recent);
        })).isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(e.getCause().getMessage()).contains(APPEND_ONLY));
        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'x' where id = ?", kept))
                .isInstanceOf(DataAccessException.class);
        assertThat(exists(recent)).isTrue();
    }

    @Test
    void theNightlyPurgeFiredOnFourNodesAtOnceRunsOnce() throws Exception {
        int before = purges();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> nodes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                nodes.add(() -> {
                    retention.purgeNightly();
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(nodes)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        // And once more later the same night: the lock is held at least five minutes.
        retention.purgeNightly();
        assertThat(purges() - before).isEqualTo(1);
    }

    private int purges() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'AUDIT_PURGED'", Integer.class);
    }

    private long event(int daysAgo) {
        long id = jdbc.queryForObject("select nextval('audit_event_seq')", Long.class);
        jdbc.update("insert into audit_event (id, occurred_at, actor_username, action, outcome, detail) "
                + "values (?, now() - make_interval(days => ?), 'retention-test', 'LOGIN', 'SUCCESS', 'test')",
                id, daysAgo);
        return id;
    }

    private boolean exists(long id) {
        return jdbc.queryForObject("select count(*) from audit_event where id = ?", Integer.class, id) == 1;
    }
}
