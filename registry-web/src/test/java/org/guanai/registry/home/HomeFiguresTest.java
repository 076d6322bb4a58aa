package org.guanai.registry.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.guanai.registry.account.Role;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.junit.jupiter.api.Test;

/** A scope's home figures are worked out at most once a minute, apart for each scope, and said when. */
class HomeFiguresTest {

    static final HomeFigures.Scope COUNTY = new HomeFigures.Scope(Role.COUNTY,
            Jurisdiction.region(RegionCode.of("522730000000")));
    static final HomeFigures.Scope LONGSHAN = new HomeFigures.Scope(Role.TOWN,
            Jurisdiction.region(RegionCode.of("522730100000")));

    /** A clock the test moves. */
    static final class Moving extends Clock {
        Instant now = Instant.parse("2026-12-03T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void workedOutOnceAMinutePerScope() {
        Moving clock = new Moving();
        HomeFigures figures = new HomeFigures(Duration.ofMinutes(1), clock);
        AtomicInteger computed = new AtomicInteger();

        HomeFigures.Snapshot first = figures.of(COUNTY, at -> "n" + computed.incrementAndGet());
        clock.now = clock.now.plusSeconds(59);
        HomeFigures.Snapshot again = figures.of(COUNTY, at -> "n" + computed.incrementAndGet());
        assertThat(again).isSameAs(first);
        assertThat(again.at()).isEqualTo(Instant.parse("2026-12-03T02:00:00Z"));
        // Another scope has figures of its own.
        assertThat(figures.of(LONGSHAN, at -> "n" + computed.incrementAndGet()).html()).isEqualTo("n2");

        clock.now = clock.now.plusSeconds(1);
        HomeFigures.Snapshot later = figures.of(COUNTY, at -> "n" + computed.incrementAndGet() + " at " + at);
        assertThat(later.html()).isEqualTo("n3 at 2026-12-03T02:01:00Z");
        assertThat(later.at()).isEqualTo(Instant.parse("2026-12-03T02:01:00Z"));
    }

    @Test
    void withNoAgeNothingIsKept() {
        HomeFigures figures = new HomeFigures(Duration.ZERO, new Moving());
        AtomicInteger computed = new AtomicInteger();
        figures.of(COUNTY, at -> "n" + computed.incrementAndGet());
        figures.of(COUNTY, at -> "n" + computed.incrementAndGet());
        assertThat(computed).hasValue(2);
    }
}
