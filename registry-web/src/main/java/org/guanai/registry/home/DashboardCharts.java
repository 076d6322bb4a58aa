package org.guanai.registry.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guanai.registry.casework.CaseFigures;
import org.guanai.registry.dashboard.Dashboard;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The home page's charts as data for {@code dashboard.js}: categories and named series, serialised to JSON
 * into a data attribute (the Content-Security-Policy forbids inline script). ECharts draws them.
 */
@Component
class DashboardCharts {

    /**
     * One chart: bars (stacked or side by side) or a line, over categories, with labelled series; {@code colors}
     * gives the series colours where they carry meaning (on time green, missing red), else null for the theme's.
     */
    record Chart(String kind, boolean stacked, List<String> categories, List<Series> series, List<String> colors) {
    }

    record Series(String name, List<Long> data) {
    }

    private static final String OPENED = "#5470c6";
    private static final String DONE = "#3ba272";
    private static final String LATE = "#fc8452";
    private static final String MISSING = "#ee6666";
    private static final String WAITING = "#c0c4cc";

    private final MessageSource messages;
    private final JsonMapper json;

    DashboardCharts(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The charts the dashboard has data for, by element id; empty parts give no chart. */
    Map<String, String> of(Dashboard d) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> charts = new LinkedHashMap<>();
        if (!d.areas().isEmpty()) {
            charts.put("chart-key-targets", write(new Chart("bar", false,
                    d.areas().stream().map(Dashboard.AreaCount::name).toList(),
                    List.of(new Series(text("home.chart.keyTargets", locale),
                            d.areas().stream().map(Dashboard.AreaCount::keyTargets).toList())), null)));
        }
        if (!d.months().isEmpty()) {
            charts.put("chart-cases", write(new Chart("bar", false,
                    d.months().stream().map(m -> m.month().toString()).toList(),
                    List.of(new Series(text("home.chart.opened", locale),
                                    d.months().stream().map(CaseFigures.MonthCount::opened).toList()),
                            new Series(text("home.chart.closed", locale),
                                    d.months().stream().map(CaseFigures.MonthCount::closed).toList())),
                    List.of(OPENED, DONE))));
        }
        if (!d.timeliness().isEmpty()) {
            List<Series> series = new ArrayList<>();
            series.add(new Series(text("home.chart.onTime", locale),
                    d.timeliness().stream().map(t -> (long) t.onTime()).toList()));
            series.add(new Series(text("home.chart.late", locale),
                    d.timeliness().stream().map(t -> (long) t.late()).toList()));
            series.add(new Series(text("home.chart.missing", locale),
                    d.timeliness().stream().map(t -> (long) t.missing()).toList()));
            series.add(new Series(text("home.chart.waiting", locale),
                    d.timeliness().stream().map(t -> (long) t.waiting()).toList()));
            charts.put("chart-timeliness", write(new Chart("bar", true,
                    d.timeliness().stream().map(t -> t.quarter().label()).toList(), series,
                    List.of(DONE, LATE, MISSING, WAITING))));
        }
        return charts;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String write(Chart chart) {
        return json.writeValueAsString(chart);
    }
}
