package org.guanai.registry.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Many callers at once: a task on {@code n} threads released together, each expected to finish in 60 s. */
public final class Burst {

    /** One caller's part; {@code i} tells the callers apart. */
    public interface Task {
        void run(int i) throws Exception;
    }

    private Burst() {
    }

    /** Throws what the first failing caller threw, or a timeout when the callers are stuck. */
    public static void of(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int caller = i;
                done.add(pool.submit(() -> {
                    start.await();
                    task.run(caller);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : done) {
                call.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
