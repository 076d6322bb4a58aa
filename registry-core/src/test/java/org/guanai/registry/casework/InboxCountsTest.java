package org.guanai.registry.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.guanai.registry.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class InboxCountsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"));
    private final InboxCounts counts = new InboxCounts(Duration.ofSeconds(5), clock);
    private final AtomicInteger reads = new AtomicInteger();

    private static InboxCounts.Query query(String prefix) {
        return new InboxCounts.Query(List.of("c.regionCode like :prefix and c.closed = false"), Map.of("prefix", prefix));
    }

    private long count(InboxCounts.Query query, long value) {
        return counts.of(query, () -> {
            reads.incrementAndGet();
            return value;
        });
    }

    @Test
    void oneQuerysCountIsReadOnceWithinItsAgeAndSharedByWhoeverAsksTheSame() {
        assertThat(count(query("522730"), 7)).isEqualTo(7);
        clock.advance(Duration.ofMillis(4_999));
        assertThat(count(query("522730"), 8)).isEqualTo(7); // another user of the same scope and parties
        assertThat(reads).hasValue(1);
        assertThat(count(query("522731"), 3)).isEqualTo(3); // another scope is its own
        assertThat(reads).hasValue(2);
        clock.advance(Duration.ofMillis(1));
        assertThat(count(query("522730"), 8)).isEqualTo(8);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aCaseWrittenDropsEveryCountEvenOneBeingReadMeanwhile() {
        count(query("522730"), 7);
        counts.forget();
        assertThat(count(query("522730"), 8)).isEqualTo(8);
        // a write that ends while a count is read: that count is given once, never again
        assertThat(counts.of(query("522731"), () -> {
            counts.forget();
            return 1;
        })).isEqualTo(1);
        assertThat(count(query("522731"), 2)).isEqualTo(2);
        assertThat(reads).hasValue(3);
    }

    @Test
    void pastTheQueriesKeptAllAreDropped() {
        for (int i = 0; i < InboxCounts.MAX_KEPT; i++) {
            count(query("q" + i), i);
        }
        count(query("q0"), 0);
        assertThat(reads).hasValue(InboxCounts.MAX_KEPT);
        count(query("one more"), 1);
        count(query("q1"), 1);
        assertThat(reads).hasValue(InboxCounts.MAX_KEPT + 2);
    }
}
