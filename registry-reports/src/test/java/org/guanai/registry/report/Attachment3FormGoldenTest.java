package org.guanai.registry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.roster.RosterHeading;
import org.junit.jupiter.api.Test;

/** Attachment 3 as written, reopened with POI and checked against docs/reports.md. */
class Attachment3FormGoldenTest {

    static final RosterHeading HEADING = new RosterHeading("", "龙里县民政局", "2026年第3季度", LocalDate.of(2026, 9, 18));

    @Test
    void titleHeaderTreeRowsFooterDefinitionsAndPrintSetup() throws Exception {
        EnumMap<Attachment3Column, Integer> a = new EnumMap<>(Attachment3Column.class);
        a.put(Attachment3Column.LEFT_BEHIND_TOTAL, 482);
        a.put(Attachment3Column.HUKOU_REGISTERED, 3);
        Attachment3Figures town = new Attachment3Figures(a);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Attachment3Form.write(HEADING, List.of(new Attachment3Row("谷脚镇", town, "=HYPERLINK(\"x\")"),
                new Attachment3Row("合计", Attachment3Figures.sum(List.of(town, town)), "龙山镇未审核通过")), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = wb.getSheet(Attachment3Form.SHEET);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("农村留守儿童关爱保护专项行动情况汇总表");
            assertThat(row(s, 1)).contains("填报单位（盖章）：龙里县民政局", "2026年第3季度", "填报日期：2026-09-18");
            assertThat(row(s, 2)).containsExactly("地区（乡镇、街道）", "农村留守儿童总数", "重点对象", "", "", "", "",
                    "落实家庭监护", "", "", "强制报告", "应急处置（公安核实）", "", "", "", "评估帮扶", "监护干预", "",
                    "控辍保学（教育核实）", "", "户籍登记（公安核实）", "", "备注");
            assertThat(row(s, 3)).containsExactly("", "", "无人监护", "父母一方外出另一方无监护能力", "失学辍学", "无户籍",
                    "患病、残疾", "父母一方返乡", "委托亲属或其他成年人监护", "签订《委托监护责任确认书》份数", "报告件数",
                    "处置件数", "临时监护：村（居）委会", "临时监护：救助管理机构", "临时监护：儿童福利机构", "纳入社会救助人数",
                    "训诫、处理", "撤销监护资格", "失学辍学人数", "劝返复学人数", "无户籍人数", "已登记户口人数", "");
            assertThat(s.getMergedRegions()).contains(new CellRangeAddress(2, 2, 2, 6), new CellRangeAddress(2, 2, 7, 9),
                    new CellRangeAddress(2, 2, 11, 14), new CellRangeAddress(2, 3, 0, 0), new CellRangeAddress(2, 3, 1, 1),
                    new CellRangeAddress(2, 3, 22, 22), new CellRangeAddress(0, 0, 0, 22));
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("谷脚镇");
            assertThat(s.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(482);
            assertThat(s.getRow(4).getCell(21).getNumericCellValue()).isEqualTo(3);
            // Text that looks like a formula stays text.
            assertThat(s.getRow(4).getCell(22).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(964);
            assertThat(s.getRow(5).getCell(22).getStringCellValue()).isEqualTo("龙山镇未审核通过");
            assertThat(s.getRow(7).getCell(0).getStringCellValue()).startsWith("单位负责人（签名）");
            assertThat(s.getRow(8).getCell(0).getStringCellValue()).contains("报表生成时在册");
            assertThat(s.getRow(9).getCell(0).getStringCellValue()).contains("统计期内");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:4"));
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
        }
    }

    private static List<String> row(XSSFSheet sheet, int r) {
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return cells;
    }
}
