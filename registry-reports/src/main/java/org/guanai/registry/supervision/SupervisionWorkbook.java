package org.guanai.registry.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.guanai.registry.report.Attachment3Column;
import org.guanai.registry.report.ReportStatus;
import org.guanai.registry.roster.Col;
import org.guanai.registry.roster.RosterColumn;
import org.guanai.registry.roster.RosterEntry;
import org.guanai.registry.roster.RosterHeading;
import org.guanai.registry.roster.RosterLayout;
import org.guanai.registry.roster.RosterWriter;

/** The inspection list (督查清单) as one workbook: tasks per unit, quarterly reports per town, overdue cases. */
public final class SupervisionWorkbook {

    static final RosterLayout<SupervisionService.UnitTasks> TASKS = new RosterLayout<>("工作任务落实情况", "任务落实",
            List.of(col("序号", 5, e -> e.index()), col("单位", 18, e -> e.details().unit().name()),
                    col("承担任务数", 10, e -> e.details().parts()), col("已完成", 8, e -> e.details().done()),
                    col("逾期未完成", 10, e -> e.details().overdue())),
            List.of(), List.of("逾期：超过完成时限仍未报告完成。"));

    static final RosterLayout<SupervisionService.TownReport> REPORTS = new RosterLayout<>("季度报表报送情况", "报表报送",
            List.of(col("序号", 5, e -> e.index()), col("乡镇（街道）", 14, e -> e.details().town()),
                    col("季度", 14, e -> e.details().quarter().label()),
                    col("状态", 12, e -> status(e.details())),
                    col("是否逾期", 8, e -> e.details().late() ? "是" : "否"),
                    col("部门核实逾期", 16, e -> overdueVerifiers(e.details()))),
            List.of(), List.of());

    static final RosterLayout<SupervisionService.OverdueCases> CASES = new RosterLayout<>("逾期案件情况", "逾期案件",
            List.of(col("序号", 5, e -> e.index()),
                    col("承办单位", 18, e -> e.details().owner() == null ? "未分派（县留守办）" : e.details().owner()),
                    col("逾期未办结件数", 12, e -> e.details().count())),
            List.of(), List.of());

    private SupervisionWorkbook() {
    }

    public static void write(SupervisionService.Overview overview, String county, LocalDate today, OutputStream out)
            throws IOException {
        RosterHeading heading = new RosterHeading(county, county + "督查督办局", "督查清单", today);
        try (RosterWriter.Book book = new RosterWriter.Book()) {
            book.sheet(TASKS, heading, sink -> overview.tasks().forEach(t -> sink.accept(entry(t, today))));
            book.sheet(REPORTS, heading, sink -> overview.reports().forEach(r -> sink.accept(entry(r, today))));
            book.sheet(CASES, heading, sink -> overview.cases().forEach(c -> sink.accept(entry(c, today))));
            book.write(null, out);
        }
    }

    /** 教育、公安（应于2026-10-09前核实）, or empty when no verification is overdue. */
    private static String overdueVerifiers(SupervisionService.TownReport r) {
        if (r.overdueVerifiers().isEmpty()) {
            return "";
        }
        return r.overdueVerifiers().stream().map(v -> v == Attachment3Column.Verifier.EDUCATION ? "教育" : "公安")
                .collect(Collectors.joining("、")) + "（应于" + r.verificationDue() + "前核实）";
    }

    private static String status(SupervisionService.TownReport r) {
        if (!r.submitted()) {
            return "未报送";
        }
        return r.status() == ReportStatus.APPROVED ? "审核通过" : r.status() == ReportStatus.RETURNED ? "已退回" : "待审核";
    }

    private static <D> RosterEntry<D> entry(D details, LocalDate today) {
        return new RosterEntry<>(0, details, null, null, today);
    }

    private static <D> RosterColumn<D> col(String header, int width, Function<RosterEntry<D>, Object> value) {
        return Col.<D>of(header).width(width).prints(value).build();
    }
}
