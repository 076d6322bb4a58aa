package org.guanai.registry.care;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.roster.Col;
import org.guanai.registry.roster.FormLabels;
import org.guanai.registry.roster.RosterColumn;
import org.guanai.registry.roster.RosterEntry;
import org.guanai.registry.roster.RosterHeading;
import org.guanai.registry.roster.RosterLayout;
import org.guanai.registry.roster.RosterWriter;
import org.guanai.registry.shared.Quarter;

/**
 * A town's quarterly 关爱服务情况 (docs/reports.md, "关爱服务情况"): a row per village and the town's total, in the
 * columns of {@link CareFigures.Measure}; and the quarter's activities by kind. Counts only, no one's personal data.
 */
public final class CareServicesWorkbook {

    static final RosterLayout<CareFigures.Figures> BY_VILLAGE = new RosterLayout<>("关爱服务情况统计表", "关爱服务情况",
            columns(), List.of(), List.of(
                    "场所、关爱人员为填报时的数；结对帮扶为本季度内有效的结对；联系、活动、参加人次为本季度内的；"
                            + "逾期未走访为季度末（或今天）应走访而未走访的包保对象。"));

    /** The activities by kind, each kind's name as the labels say it. */
    static RosterLayout<CareFigures.ByKind> byKind(FormLabels labels) {
        return new RosterLayout<>("关爱活动分类统计表", "活动分类",
                List.of(col("序号", 5, e -> e.index()), col("活动类别", 14, e -> labels.of(e.details().kind())),
                        col("活动次数", 10, e -> e.details().activities()),
                        col("参加人次", 10, e -> e.details().participants())),
                List.of(), List.of());
    }

    private CareServicesWorkbook() {
    }

    /** Writes the town's workbook: {@code rows} its villages then the town (the total, last). */
    public static void write(String town, Quarter quarter, List<CareFigures.Figures> rows,
            List<CareFigures.ByKind> byKind, FormLabels labels, LocalDate today, OutputStream out) throws IOException {
        RosterHeading heading = new RosterHeading(town, town, quarter.label(), today);
        try (RosterWriter.Book book = new RosterWriter.Book()) {
            book.sheet(BY_VILLAGE, heading, sink -> {
                rows.forEach(row -> sink.accept(new RosterEntry<>(0, row, null, null, today)));
            });
            book.sheet(byKind(labels), heading, sink -> {
                byKind.forEach(kind -> sink.accept(new RosterEntry<>(0, kind, null, null, today)));
            });
            book.write(null, out);
        }
    }

    private static List<RosterColumn<CareFigures.Figures>> columns() {
        List<RosterColumn<CareFigures.Figures>> columns = new ArrayList<>();
        // The town's own row is the total (the writer numbers every row; the total gets no number).
        columns.add(col("序号", 5, e -> RegionCode.of(e.details().code()).level() == RegionLevel.TOWN ? "合计"
                : e.index()));
        columns.add(col("村（居）", 16, e -> e.details().name()));
        for (CareFigures.Measure m : CareFigures.Measure.values()) {
            columns.add(col(m.header(), 10, e -> e.details().get(m)));
        }
        return columns;
    }

    private static <D> RosterColumn<D> col(String header, int width, Function<RosterEntry<D>, Object> value) {
        return Col.<D>of(header).width(width).prints(value).build();
    }
}
