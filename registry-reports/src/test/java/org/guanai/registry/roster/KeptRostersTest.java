package org.guanai.registry.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.guanai.registry.imports.ImportRow;
import org.guanai.registry.imports.ImportService.ReadRoster;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class KeptRostersTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"));
    private final KeptRosters kept = new KeptRosters(clock);

    private static ReadRoster<Object> roster(int rows) {
        ImportRow<Object> row = new ImportRow<>("s", 5, null, d -> { }, null, List.of());
        return new ReadRoster<>(Collections.nCopies(rows, row), List.of(), 0);
    }

    @Test
    void aRosterIsGivenOnlyForItsImportKindAndFile() {
        ReadRoster<Object> roster = roster(3);
        kept.keep(1, PersonType.CHILD, "sha-a", roster);
        assertThat(kept.<Object>of(1, PersonType.CHILD, "sha-a")).isSameAs(roster);
        assertThat(kept.<Object>of(1, PersonType.ELDER, "sha-a")).isNull();
        assertThat(kept.<Object>of(1, PersonType.CHILD, "sha-b")).isNull();
        assertThat(kept.<Object>of(2, PersonType.CHILD, "sha-a")).isNull();
        kept.forget(1);
        assertThat(kept.<Object>of(1, PersonType.CHILD, "sha-a")).isNull();
        assertThat(kept.rows()).isZero();
    }

    @Test
    void aRosterIsKeptHalfAnHourAtMost() {
        kept.keep(1, PersonType.CHILD, "a", roster(3));
        clock.advance(Duration.ofMinutes(20));
        kept.keep(2, PersonType.CHILD, "b", roster(4));
        clock.advance(Duration.ofMinutes(10));
        assertThat(kept.<Object>of(1, PersonType.CHILD, "a")).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(kept.<Object>of(1, PersonType.CHILD, "a")).isNull();
        assertThat(kept.<Object>of(2, PersonType.CHILD, "b")).isNotNull();
        assertThat(kept.rows()).isEqualTo(4);
    }

    @Test
    void theOldestGoFirstPastTheRowsKeptInAllAndARosterLargerThanThatIsNotKept() {
        kept.keep(1, PersonType.CHILD, "a", roster(KeptRosters.MAX_ROWS / 2));
        kept.keep(2, PersonType.CHILD, "b", roster(KeptRosters.MAX_ROWS / 2));
        kept.keep(3, PersonType.ELDER, "c", roster(1));
        assertThat(kept.<Object>of(1, PersonType.CHILD, "a")).isNull();
        assertThat(kept.<Object>of(2, PersonType.CHILD, "b")).isNotNull();
        assertThat(kept.<Object>of(3, PersonType.ELDER, "c")).isNotNull();
        assertThat(kept.rows()).isEqualTo(KeptRosters.MAX_ROWS / 2 + 1);

        kept.keep(4, PersonType.CHILD, "d", roster(KeptRosters.MAX_ROWS + 1));
        assertThat(kept.<Object>of(4, PersonType.CHILD, "d")).isNull();
        assertThat(kept.rows()).isEqualTo(KeptRosters.MAX_ROWS / 2 + 1);
    }

    @Test
    void keepingAnImportAgainReplacesItsRoster() {
        kept.keep(1, PersonType.CHILD, "a", roster(3));
        ReadRoster<Object> again = roster(5);
        kept.keep(1, PersonType.CHILD, "a", again);
        assertThat(kept.<Object>of(1, PersonType.CHILD, "a")).isSameAs(again);
        assertThat(kept.rows()).isEqualTo(5);
    }
}
