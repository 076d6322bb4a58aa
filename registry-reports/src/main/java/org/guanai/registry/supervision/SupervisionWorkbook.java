package org.guanai.registry.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.training.TrainingRecords;
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

    static final RosterLayout<Inspections.Inspection> INSPECTIONS = new RosterLayout<>("督查记录", "督查记录",
            List.of(col("序号", 5, e -> e.index()), col("督查日期", 12, e -> e.details().inspectedOn()),
                    col("类型", 10, e -> e.details().kind() == Inspections.Kind.QUARTERLY ? "季度督查" : "专项督查"),
                    col("督查人员", 16, e -> e.details().inspectors()), col("被督查单位", 24, e -> e.details().units()),
                    col("发现的问题", 40, e -> e.details().findings().stream()
                            .map(f -> (f.subject() == null ? "" : f.subject() + "：") + f.finding())
                            .collect(Collectors.joining("；"))),
                    col("督查意见", 30, e -> e.details().summary())),
            List.of(), List.of());

    static final RosterLayout<Inspections.FollowUp> FOLLOW_UPS = new RosterLayout<>("督办事项", "督办事项",
            List.of(col("序号", 5, e -> e.index()), col("方式", 10, e -> followUpKind(e.details().kind())),
                    col("对象单位", 18, e -> e.details().targetUnit()), col("事由", 30, e -> e.details().reason()),
                    col("整改时限", 12, e -> e.details().dueOn()),
                    col("办结日期", 12, e -> e.details().closedOn()), col("办结情况", 30, e -> e.details().closure()),
                    col("是否逾期", 8, e -> e.details().isOverdue(e.today()) ? "是" : "否")),
            List.of(), List.of("方式：通报、约谈、挂牌督办、一票否决（实施方案七（三））。"));

    static final RosterLayout<TrainingRecords.Figures> TRAINING = new RosterLayout<>("培训宣传情况", "培训宣传",
            List.of(col("年度", 8, e -> e.details().year()), col("培训场次", 10, e -> e.details().sessions()),
                    col("培训人次", 10, e -> e.details().attendances()), col("培训学时", 10, e -> e.details().hours()),
                    col("宣传活动次数", 12, e -> e.details().events()), col("宣传覆盖人次", 12, e -> e.details().reach())),
            List.of(), List.of("实施方案七（四）：加强宣传引导。"));

    /** The year's assessment: a column per criterion of the county's plan, the total and the rank. */
    static RosterLayout<Assessments.UnitScore> assessmentLayout(Assessments.Sheet sheet) {
        List<RosterColumn<Assessments.UnitScore>> cols = new java.util.ArrayList<>();
        cols.add(col("单位", 18, e -> e.details().unit().name()));
        cols.add(col("类别", 8, e -> e.details().unit().isTown() ? "乡镇" : "部门"));
        for (var c : sheet.criteria()) {
            cols.add(col(c.name() + "（" + c.points() + "分）", 12, e -> e.details().scores().get(c.name())));
        }
        cols.add(col("总分", 8, e -> e.details().total()));
        cols.add(col("排名", 6, e -> e.details().rank()));
        return new RosterLayout<>(sheet.year() + "年度考核评比", "考核评比", cols, List.of(),
                List.of("排名：乡镇、部门分别排名，总分相同名次相同。"));
    }

    /** 通报, 约谈, 挂牌督办, 一票否决. */
    public static String followUpKind(Inspections.FollowUpKind kind) {
        return switch (kind) {
            case NOTICE -> "通报";
            case TALK -> "约谈";
            case SUPERVISED -> "挂牌督办";
            case VETO -> "一票否决";
        };
    }

    private SupervisionWorkbook() {
    }

    public static void write(SupervisionService.Overview overview, String county, LocalDate today, OutputStream out)
            throws IOException {
        RosterHeading heading = new RosterHeading(county, county + "督查督办局", "督查清单", today);
        try (RosterWriter.Book book = new RosterWriter.Book()) {
            book.sheet(TASKS, heading, sink -> overview.tasks().forEach(t -> sink.accept(entry(t, today))));
            book.sheet(REPORTS, heading, sink -> overview.reports().forEach(r -> sink.accept(entry(r, today))));
            book.sheet(CASES, heading, sink -> overview.cases().forEach(c -> sink.accept(entry(c, today))));
            book.sheet(INSPECTIONS, heading, sink -> overview.inspections().forEach(i -> sink.accept(entry(i, today))));
            book.sheet(FOLLOW_UPS, heading, sink -> overview.followUps().forEach(f -> sink.accept(entry(f, today))));
            if (overview.assessment() != null && overview.assessment().hasCriteria()) {
                RosterLayout<Assessments.UnitScore> layout = assessmentLayout(overview.assessment());
                book.sheet(layout, heading, sink -> {
                    overview.assessment().towns().forEach(u -> sink.accept(entry(u, today)));
                    overview.assessment().departments().forEach(u -> sink.accept(entry(u, today)));
                });
            }
            if (overview.training() != null) {
                TrainingRecords.Figures t = overview.training();
                book.sheet(TRAINING, heading, sink -> sink.accept(entry(t, today)));
            }
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
