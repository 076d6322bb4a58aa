package org.guanai.registry.report;

import static org.guanai.registry.report.Attachment3Column.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.roster.Col;
import org.guanai.registry.roster.RosterColumn;
import org.guanai.registry.roster.RosterEntry;
import org.guanai.registry.roster.RosterHeading;
import org.guanai.registry.roster.RosterLayout;
import org.guanai.registry.roster.RosterWriter;

/**
 * Attachment 3 (农村留守儿童关爱保护专项行动情况汇总表) declared in one place: one row per town and a total row,
 * its two-level header (docs/reports.md), and the definitions of the figures printed under the table. The plan names
 * this form without a place; the unit line says whose it is.
 */
public final class Attachment3Form {

    public static final String TITLE = "农村留守儿童关爱保护专项行动情况汇总表";
    public static final String SHEET = "附件3 汇总表";

    /** Which figures are totals when generated and which count events within the period (the notes row). */
    public static final List<String> DEFINITIONS = List.of(
            "说明：1. 农村留守儿童总数、重点对象各项、失学辍学人数、无户籍人数为报表生成时在册（未退出）的农村留守儿童人数。",
            "2. 落实家庭监护、强制报告、应急处置、评估帮扶、监护干预、劝返复学人数、已登记户口人数为统计期内办理记录的件数"
                    + "（纳入社会救助人数为统计期内获得救助措施的儿童人数）。统计期自上期审核通过报表的截止日起，至本期报送之日前一日止，"
                    + "前后两期不重不漏。",
            "3. 控辍保学栏由县教育局核实，户籍登记、应急处置栏由县公安局核实；核实更正数另列，不覆盖乡镇填报数。");

    private static final RosterLayout<Attachment3Row> LAYOUT = build();

    private Attachment3Form() {
    }

    public static RosterLayout<Attachment3Row> layout() {
        return LAYOUT;
    }

    /** The sheet with {@code rows} in order (towns, then the total row). */
    public static void write(RosterHeading heading, List<Attachment3Row> rows, OutputStream out) throws IOException {
        RosterWriter.write(LAYOUT, heading, sink -> rows.forEach(r -> sink.accept(
                new RosterEntry<>(0, r, null, null, heading.date()))), null, out);
    }

    /** "核实更正：已登记户口人数 3→4" for the departments' corrections of an approved town. */
    static String corrections(QuarterlyReportService.TownLine line) {
        StringBuilder s = new StringBuilder();
        line.verified().forEach((col, v) -> {
            if (v.getCorrected() != null) {
                s.append(s.isEmpty() ? "核实更正：" : "；").append(header(col)).append(' ')
                        .append(line.latest().getFigures().get(col)).append('→').append(v.getCorrected());
            }
        });
        return s.toString();
    }

    /** The leaf header of a figure's column. */
    public static String header(Attachment3Column column) {
        return LAYOUT.columns().get(column.ordinal() + 1).header();
    }

    private static RosterLayout<Attachment3Row> build() {
        List<RosterColumn<Attachment3Row>> c = new ArrayList<>();
        c.add(Col.<Attachment3Row>of("地区（乡镇、街道）").width(12).prints(e -> e.details().regionName()).build());
        c.add(figure(null, "农村留守儿童总数", LEFT_BEHIND_TOTAL));
        String key = "重点对象";
        c.add(figure(key, "无人监护", UNATTENDED));
        c.add(figure(key, "父母一方外出另一方无监护能力", ONE_AWAY_OTHER_INCAPABLE));
        c.add(figure(key, "失学辍学", OUT_OF_SCHOOL));
        c.add(figure(key, "无户籍", NO_HUKOU));
        c.add(figure(key, "患病、残疾", ILL_OR_DISABLED));
        String family = "落实家庭监护";
        c.add(figure(family, "父母一方返乡", PARENT_RETURNED));
        c.add(figure(family, "委托亲属或其他成年人监护", DELEGATED));
        c.add(figure(family, "签订《委托监护责任确认书》份数", CONFIRMATIONS_SIGNED));
        c.add(figure("强制报告", "报告件数", MANDATORY_REPORTS));
        String emergency = "应急处置（公安核实）";
        c.add(figure(emergency, "处置件数", EMERGENCIES_HANDLED));
        c.add(figure(emergency, "临时监护：村（居）委会", TEMPORARY_CARE_VILLAGE));
        c.add(figure(emergency, "临时监护：救助管理机构", TEMPORARY_CARE_RESCUE_STATION));
        c.add(figure(emergency, "临时监护：儿童福利机构", TEMPORARY_CARE_WELFARE_INSTITUTION));
        c.add(figure("评估帮扶", "纳入社会救助人数", SOCIAL_ASSISTANCE));
        String intervention = "监护干预";
        c.add(figure(intervention, "训诫、处理", ADMONISHED));
        c.add(figure(intervention, "撤销监护资格", GUARDIANSHIP_REVOKED));
        String dropout = "控辍保学（教育核实）";
        c.add(figure(dropout, "失学辍学人数", DROPOUTS));
        c.add(figure(dropout, "劝返复学人数", RETURNED_TO_SCHOOL));
        String hukou = "户籍登记（公安核实）";
        c.add(figure(hukou, "无户籍人数", WITHOUT_HUKOU));
        c.add(figure(hukou, "已登记户口人数", HUKOU_REGISTERED));
        c.add(Col.<Attachment3Row>of("备注").width(16).prints(e -> e.details().remark()).build());
        return new RosterLayout<>(TITLE, SHEET, c, List.of(), DEFINITIONS);
    }

    private static RosterColumn<Attachment3Row> figure(String group, String header, Attachment3Column column) {
        Col<Attachment3Row> col = group == null ? Col.of(header) : Col.under(group, header);
        return col.width(Math.max(6, Math.min(14, header.length() + 1))).note(column.kind() == Kind.TOTAL
                ? "生成时在册数。" : "统计期内发生数。")
                .prints(e -> e.details().figures().get(column)).build();
    }
}
