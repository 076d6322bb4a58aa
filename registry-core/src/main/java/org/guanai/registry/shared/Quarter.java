package org.guanai.registry.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting quarter ({@code 2026-Q3}): its days, its label (2026年第3季度) and its deadline. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 2000 || year > 2999) {
            throw new IllegalArgumentException("no such quarter: " + year + "-Q" + number);
        }
    }

    /** {@code 2026-Q3}; anything else is an IllegalArgumentException. */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quarter: " + text);
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The quarter's days as instants in {@code zone}: [start, end). */
    public ZonedDateTime start(ZoneId zone) {
        return firstDay().atStartOfDay(zone);
    }

    public ZonedDateTime end(ZoneId zone) {
        return lastDay().plusDays(1).atStartOfDay(zone);
    }

    /**
     * The last day to submit: {@code dayOfLastMonth} of the quarter's last month (Changbai: the 20th), or the
     * quarter's last day when {@code dayOfLastMonth} is 0 (Longli: quarter end).
     */
    public LocalDate deadline(int dayOfLastMonth) {
        return dayOfLastMonth <= 0 ? lastDay() : lastDay().withDayOfMonth(Math.min(dayOfLastMonth, lastDay().lengthOfMonth()));
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public String label() {
        return year + "年第" + number + "季度";
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }
}
