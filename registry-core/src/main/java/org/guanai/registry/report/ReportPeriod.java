package org.guanai.registry.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.guanai.registry.shared.Quarter;

/**
 * The span whose case events a report counts: [{@code from}, {@code to}). A town's report runs from the cut-off of its
 * last approved report (or, for its first, the quarter's first day) to the start of the day it is generated, so that
 * consecutive reports neither lose nor repeat an event whichever day the town submits and however often it is returned
 * (docs/reports.md, 统计期).
 */
public record ReportPeriod(Instant from, Instant to) {

    public ReportPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("not a period: " + from + " – " + to);
        }
    }

    /** The whole days {@code first} to {@code last}, both included. */
    /** A quarter's calendar days (the first report of a town starts at the quarter's first day). */
    public static ReportPeriod of(Quarter quarter, ZoneId zone) {
        return new ReportPeriod(quarter.start(zone).toInstant(), quarter.end(zone).toInstant());
    }

    public static ReportPeriod days(LocalDate first, LocalDate last, ZoneId zone) {
        return new ReportPeriod(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The first day counted. */
    public LocalDate firstDay(ZoneId zone) {
        return LocalDate.ofInstant(from, zone);
    }

    /** The last day counted (the day before the cut-off when it falls at midnight, as it does for new reports). */
    public LocalDate lastDay(ZoneId zone) {
        return LocalDate.ofInstant(to.minusNanos(1), zone);
    }

    public boolean isEmpty() {
        return from.equals(to);
    }

    /** 统计期：2026-06-21 至 2026-09-20 (无 when nothing could happen within it). */
    public String label(ZoneId zone) {
        return isEmpty() ? "统计期：无（与上期截止同日）" : "统计期：" + firstDay(zone) + " 至 " + lastDay(zone);
    }
}
