package org.guanai.registry.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.report.Attachment3Column;
import org.guanai.registry.report.ReportStatus;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.task.TaskUnit;
import java.math.BigDecimal;
import java.util.Map;
import org.guanai.registry.plan.PlanPack;
import org.guanai.registry.training.TrainingRecords;
import org.junit.jupiter.api.Test;

/** The inspection list: five narrow sheets, written and read back. */
class SupervisionWorkbookTest {

    @Test
    void threeSheetsWithTheirRows() throws Exception {
        SupervisionService.Overview overview = new SupervisionService.Overview("龙里县",
                List.of(new SupervisionService.UnitTasks(new TaskUnit(1L, null, DepartmentType.EDUCATION, "龙里县教育局"),
                        7, 1, 6)),
                List.of(new SupervisionService.TownReport("龙山镇", Quarter.parse("2026-Q3"), ReportStatus.APPROVED, true,
                        true, Set.of(), null), new SupervisionService.TownReport("谷脚镇", Quarter.parse("2026-Q3"), null,
                        false, true, Set.of(), null), new SupervisionService.TownReport("湾滩河镇",
                        Quarter.parse("2026-Q3"), ReportStatus.SUBMITTED, true, false,
                        Set.of(Attachment3Column.Verifier.POLICE), LocalDate.of(2026, 10, 9))),
                List.of(new SupervisionService.OverdueCases("龙里县公安局", 3), new SupervisionService.OverdueCases(null, 1)),
                List.of(new Inspections.Inspection(1, "522730000000", Inspections.Kind.QUARTERLY,
                        LocalDate.of(2026, 11, 20), "县督查督办局 罗科长", "县教育局、龙山镇", "限期整改",
                        "inspector", List.of(new Inspections.Finding(5L, null, "五（三）2 劝返", "劝返未书面报告")),
                        List.of())),
                List.of(new Inspections.FollowUp(7, 0, 1, Inspections.FollowUpKind.TALK, "县教育局", "劝返未书面报告",
                        LocalDate.of(2026, 11, 22), null, null, "inspector", null)),
                new TrainingRecords.Figures(2026, 3, 41, new BigDecimal("7.5"), 2, 900),
                new Assessments.Sheet(2026, List.of(new PlanPack.Criterion("落实法定监护责任", 20)),
                        List.of(new Assessments.UnitScore(new TaskUnit(null, "522730100000", DepartmentType.TOWN, "龙山镇"),
                                Map.of("落实法定监护责任", new BigDecimal("18")), new BigDecimal("18"), 1)),
                        List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SupervisionWorkbook.write(overview, "龙里县", LocalDate.of(2026, 11, 23), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheet("任务落实").getRow(0).getCell(0).getStringCellValue()).isEqualTo("龙里县工作任务落实情况");
            assertThat(wb.getSheet("任务落实").getRow(3).getCell(1).getStringCellValue()).isEqualTo("龙里县教育局");
            assertThat(wb.getSheet("任务落实").getRow(3).getCell(4).getNumericCellValue()).isEqualTo(6);
            assertThat(wb.getSheet("报表报送").getRow(4).getCell(3).getStringCellValue()).isEqualTo("未报送");
            assertThat(wb.getSheet("报表报送").getRow(5).getCell(5).getStringCellValue()).isEqualTo("公安（应于2026-10-09前核实）");
            assertThat(wb.getSheet("逾期案件").getRow(4).getCell(1).getStringCellValue()).isEqualTo("未分派（县留守办）");
            assertThat(wb.getSheet("督查记录").getRow(3).getCell(5).getStringCellValue())
                    .isEqualTo("五（三）2 劝返：劝返未书面报告");
            assertThat(wb.getSheet("督办事项").getRow(3).getCell(1).getStringCellValue()).isEqualTo("约谈");
            assertThat(wb.getSheet("考核评比").getRow(2).getCell(2).getStringCellValue()).isEqualTo("落实法定监护责任（20分）");
            assertThat(wb.getSheet("考核评比").getRow(3).getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(wb.getSheet("培训宣传").getRow(3).getCell(2).getNumericCellValue()).isEqualTo(41);
            assertThat(wb.getSheet("督办事项").getRow(3).getCell(7).getStringCellValue()).as("past its due day")
                    .isEqualTo("是");
        }
    }
}
