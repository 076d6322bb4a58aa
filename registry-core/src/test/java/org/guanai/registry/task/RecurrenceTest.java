package org.guanai.registry.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of tasks that come back: their instances, labels and what does not read. */
class RecurrenceTest {

    @Test
    void everyYearByADay() {
        Recurrence r = Recurrence.parse("year 12-15").orElseThrow();
        assertThat(r.label()).isEqualTo("每年12月15日前");
        // Started on 2026-12-03: this year's instance is the current one; after it passes, next year's joins.
        assertThat(r.instances(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3), 8))
                .containsExactly(LocalDate.of(2026, 12, 15));
        assertThat(r.instances(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 16), 8))
                .containsExactly(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 12, 15));
        assertThat(Recurrence.parse("year 03-31").orElseThrow().firstDueOnOrAfter(LocalDate.of(2026, 12, 3)))
                .isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void everyQuarterByItsEndOrADayOfItsLastMonth() {
        Recurrence end = Recurrence.parse("quarter").orElseThrow();
        assertThat(end.label()).isEqualTo("每季度末");
        assertThat(end.instances(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 1), 8)).containsExactly(
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30));
        Recurrence twentieth = Recurrence.parse("quarter 20").orElseThrow();
        assertThat(twentieth.label()).isEqualTo("每季度最后一个月20日前");
        assertThat(twentieth.firstDueOnOrAfter(LocalDate.of(2026, 12, 21))).isEqualTo(LocalDate.of(2027, 3, 20));
        assertThat(twentieth.next(LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2027, 3, 20));
    }

    @Test
    void everyMonthKeepsToTheMonthsLength() {
        Recurrence r = Recurrence.parse("month 31").orElseThrow();
        assertThat(r.instances(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 1), 8)).containsExactly(
                LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
        // At most the latest {@code limit} instances.
        assertThat(r.instances(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 3, 1), 3)).hasSize(3)
                .last().isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void formsAndTextsReadBothWaysAndNonsenseIsRefused() {
        assertThat(Recurrence.of("YEAR", "12-15").orElseThrow().text()).isEqualTo("year 12-15");
        assertThat(Recurrence.of("QUARTER", "").orElseThrow().text()).isEqualTo("quarter");
        assertThat(Recurrence.of("", "12-15")).isEmpty();
        assertThat(Recurrence.parse(null)).isEmpty();
        assertThatThrownBy(() -> Recurrence.of("YEAR", "13-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.of("YEAR", "02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.of("MONTH", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.of("WEEK", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.parse("every year")).isInstanceOf(IllegalArgumentException.class);
    }
}
