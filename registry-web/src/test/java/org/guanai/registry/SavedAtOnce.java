package org.guanai.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two writes of one record saved at once, the way the tests of docs/operations.md's row lock need them: {@code first}
 * runs in a transaction held open until {@code second} has either finished or waits on a lock, then both end. Before
 * the row lock (PersonRegistry.lockedForAction) the later commit failed on the record's version.
 */
public final class SavedAtOnce {

    private SavedAtOnce() {
    }

    /** Fails (with the write's exception as the cause) if either write does. */
    public static void run(PlatformTransactionManager transactions, JdbcTemplate jdbc, Runnable first, Runnable second)
            throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> held = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                first.run();
                firstDone.countDown();
                try {
                    releaseFirst.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(firstDone.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> next = pool.submit(second);
            Instant deadline = Instant.now().plusSeconds(30);
            while (!next.isDone() && jdbc.queryForObject("select count(*) from pg_stat_activity "
                    + "where datname = current_database() and wait_event_type = 'Lock'", Integer.class) == 0) {
                assertThat(Instant.now()).isBefore(deadline);
                Thread.sleep(10);
            }
            releaseFirst.countDown();
            held.get(30, TimeUnit.SECONDS);
            next.get(30, TimeUnit.SECONDS);
        } finally {
            releaseFirst.countDown();
            pool.shutdownNow();
        }
    }
}
