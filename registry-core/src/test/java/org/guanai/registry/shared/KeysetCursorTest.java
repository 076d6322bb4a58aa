package org.guanai.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page cut from one row more than it shows, and the cursor after it, read back or dropped when damaged. */
class KeysetCursorTest {

    record Row(LocalDate day, long id) {
    }

    static final List<Row> ROWS = List.of(new Row(LocalDate.of(2026, 11, 3), 7), new Row(LocalDate.of(2026, 11, 2), 9),
            new Row(LocalDate.of(2026, 11, 2), 4));

    @Test
    void aPageWithARowBeyondItHasACursorAfterItsLastRow() {
        KeysetCursor.Cut<Row> cut = KeysetCursor.cut(ROWS, 2, Row::day, Row::id);
        assertThat(cut.rows()).containsExactly(ROWS.get(0), ROWS.get(1));
        assertThat(cut.next()).isEqualTo("2026-11-02~9");
        KeysetCursor<LocalDate> back = KeysetCursor.parse(cut.next(), LocalDate::parse);
        assertThat(back).isEqualTo(new KeysetCursor<>(LocalDate.of(2026, 11, 2), 9));
    }

    @Test
    void theLastPageHasNoCursor() {
        assertThat(KeysetCursor.cut(ROWS, 3, Row::day, Row::id).next()).isNull();
        assertThat(KeysetCursor.cut(List.<Row>of(), 3, Row::day, Row::id).rows()).isEmpty();
    }

    @Test
    void aKeyMayHoldTheSeparatorAndADamagedCursorStartsAgain() {
        assertThat(KeysetCursor.parse("王~小~3", s -> s)).isEqualTo(new KeysetCursor<>("王~小", 3));
        assertThat(KeysetCursor.parse("2026-13-01~3", LocalDate::parse)).isNull();
        assertThat(KeysetCursor.parse("2026-11-01~x", LocalDate::parse)).isNull();
        assertThat(KeysetCursor.parse("no separator", s -> s)).isNull();
        assertThat(KeysetCursor.parse(" ", s -> s)).isNull();
        assertThat(KeysetCursor.parse(null, s -> s)).isNull();
    }
}
