package org.guanai.registry.task;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's time limit that comes back (docs/plans.md, "Time limits"): {@code year MM-DD} (every year by that day, Longli
 * 五（六） 03-31, Changbai 五（三） 12-15), {@code quarter} (by the quarter's last day), {@code quarter DD} (by that day of
 * the quarter's last month, Changbai 四（一） 20), {@code month DD}. Each period's due day is an instance of the task.
 */
public record Recurrence(Unit unit, int month, int day) {

    public enum Unit { YEAR, QUARTER, MONTH }

    private static final Pattern TEXT = Pattern.compile("(year) (\\d{2})-(\\d{2})|(quarter)(?: (\\d{1,2}))?|(month) (\\d{1,2})");

    /** The rule written as in a plan pack; empty for blank, an IllegalArgumentException for anything else. */
    public static Optional<Recurrence> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a rule: " + text);
        }
        Recurrence r;
        if (m.group(1) != null) {
            r = new Recurrence(Unit.YEAR, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            try {
                MonthDay.of(r.month, r.day);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("not a day: " + text);
            }
        } else if (m.group(4) != null) {
            r = new Recurrence(Unit.QUARTER, 0, m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
        } else {
            r = new Recurrence(Unit.MONTH, 0, Integer.parseInt(m.group(7)));
        }
        if (r.day < 0 || r.day > 31 || (r.unit == Unit.MONTH && r.day == 0)) {
            throw new IllegalArgumentException("not a day: " + text);
        }
        return Optional.of(r);
    }

    /** From a form: the unit's name (YEAR, QUARTER, MONTH) and {@code MM-DD} or {@code DD}; see {@link #parse}. */
    public static Optional<Recurrence> of(String unit, String day) {
        if (unit == null || unit.isBlank()) {
            return Optional.empty();
        }
        String d = day == null ? "" : day.strip();
        try {
            return switch (Unit.valueOf(unit)) {
                case YEAR -> parse("year " + d);
                case QUARTER -> parse(d.isEmpty() ? "quarter" : "quarter " + d);
                case MONTH -> parse("month " + d);
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a day: " + day);
        }
    }

    /** As stored and written in a pack. */
    public String text() {
        return switch (unit) {
            case YEAR -> String.format("year %02d-%02d", month, day);
            case QUARTER -> day == 0 ? "quarter" : "quarter " + day;
            case MONTH -> "month " + day;
        };
    }

    /** The day as a form shows it: {@code 12-15}, {@code 20}, or blank for a quarter's last day. */
    public String dayText() {
        return switch (unit) {
            case YEAR -> String.format("%02d-%02d", month, day);
            case QUARTER -> day == 0 ? "" : String.valueOf(day);
            case MONTH -> String.valueOf(day);
        };
    }

    /** 每年12月15日前, 每季度末, 每季度最后一个月20日前, 每月25日前. */
    public String label() {
        return switch (unit) {
            case YEAR -> "每年" + month + "月" + day + "日前";
            case QUARTER -> day == 0 ? "每季度末" : "每季度最后一个月" + day + "日前";
            case MONTH -> "每月" + day + "日前";
        };
    }

    /** The due day of the period that holds {@code date}. */
    public LocalDate dueOfPeriod(LocalDate date) {
        return switch (unit) {
            case YEAR -> clamp(YearMonth.of(date.getYear(), month), day);
            case QUARTER -> {
                YearMonth last = YearMonth.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 3);
                yield day == 0 ? last.atEndOfMonth() : clamp(last, day);
            }
            case MONTH -> clamp(YearMonth.from(date), day);
        };
    }

    /** The first due day on or after {@code date}. */
    public LocalDate firstDueOnOrAfter(LocalDate date) {
        LocalDate due = dueOfPeriod(date);
        return due.isBefore(date) ? next(due) : due;
    }

    /** The due day of the period after the one due on {@code due}. */
    public LocalDate next(LocalDate due) {
        return switch (unit) {
            case YEAR -> clamp(YearMonth.of(due.getYear() + 1, month), day);
            case QUARTER -> {
                YearMonth last = YearMonth.from(due).plusMonths(3);
                yield day == 0 ? last.atEndOfMonth() : clamp(last, day);
            }
            case MONTH -> clamp(YearMonth.from(due).plusMonths(1), day);
        };
    }

    /**
     * The instances from {@code from} (the task's start) up to the first one due on or after {@code today}, the
     * current one; at most {@code limit}, the latest kept.
     */
    public List<LocalDate> instances(LocalDate from, LocalDate today, int limit) {
        List<LocalDate> dues = new ArrayList<>();
        LocalDate due = firstDueOnOrAfter(from);
        while (true) {
            dues.add(due);
            if (!due.isBefore(today)) {
                break;
            }
            due = next(due);
        }
        return dues.size() > limit ? dues.subList(dues.size() - limit, dues.size()) : dues;
    }

    private static LocalDate clamp(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
