package org.guanai.registry.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.person.Health;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Attachment 4 and 6 as written, reopened with POI and checked cell by cell against docs/reports.md. */
class RosterLayoutGoldenTest {

    static FormLabels labels() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("labels");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return new FormLabels(m);
    }

    static final RosterHeading HEADING = new RosterHeading("贵州省", "龙山镇人民政府", "2026年第4季度", LocalDate.of(2026, 11, 23));

    private static XSSFWorkbook write(RosterLayout<?> layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeAny(layout, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void writeAny(RosterLayout layout, ByteArrayOutputStream out) throws IOException {
        RosterWriter.write(layout, HEADING, sink -> { }, null, out);
    }

    private static List<String> row(XSSFSheet sheet, int r) {
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return cells;
    }

    @Test
    void attachment4() throws IOException {
        try (XSSFWorkbook wb = write(new ChildRoster(labels()).layout())) {
            XSSFSheet s = wb.getSheet("留守儿童花名册");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("贵州省农村留守儿童花名册");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位（盖章）：龙山镇人民政府");
            assertThat(row(s, 1)).contains("2026年第4季度", "填报日期：2026-11-23");
            assertThat(row(s, 2)).containsExactly("序号", "乡镇（街道）", "村（居）", "儿童基本情况", "", "", "", "", "", "",
                    "", "", "父亲", "", "", "母亲", "", "", "留守情形", "受委托监护人", "", "", "监护类型",
                    "是否签订委托监护责任确认书", "村（居）联系人及电话", "备注");
            assertThat(row(s, 3)).containsExactly("", "", "", "姓名", "性别", "民族", "出生日期", "公民身份证号码",
                    "是否登记户口", "身体情况", "就学情况", "是否寄宿", "姓名", "务工地点", "联系电话", "姓名", "务工地点",
                    "联系电话", "", "姓名", "与儿童关系", "联系电话", "", "", "", "");
            assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:Z1"), CellRangeAddress.valueOf("A3:A4"),
                    CellRangeAddress.valueOf("D3:L3"), CellRangeAddress.valueOf("M3:O3"), CellRangeAddress.valueOf("P3:R3"),
                    CellRangeAddress.valueOf("S3:S4"), CellRangeAddress.valueOf("T3:V3"), CellRangeAddress.valueOf("Z3:Z4"));
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(s.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:4"));
            PrintSetup ps = s.getPrintSetup();
            assertThat(ps.getLandscape()).isTrue();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(s.getColumnWidth(7)).isGreaterThanOrEqualTo(20 * 256); // an 18-digit number fits
            assertThat(s.getDataValidations()).hasSizeGreaterThanOrEqualTo(7);
            assertThat(row(s, 5).get(0)).isEqualTo(RosterWriter.FOOTER);
            assertThat(wb.getSheet(RosterWriter.NOTES_SHEET).getRow(8).getCell(0).getStringCellValue())
                    .isEqualTo("儿童基本情况 · 公民身份证号码");
        }
    }

    @Test
    void attachment6() throws IOException {
        try (XSSFWorkbook wb = write(new ElderRoster(labels()).layout())) {
            XSSFSheet s = wb.getSheet("留守老人花名册");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("贵州省农村留守老人花名册");
            assertThat(row(s, 2)).containsExactly("序号", "乡镇（街道）", "村（组）", "姓名", "性别", "出生日期", "年龄",
                    "公民身份证号码", "居住方式", "健康状况", "生活自理能力", "外出子女", "", "", "主要经济来源", "享受政策",
                    "联系人及电话", "备注");
            assertThat(row(s, 3).subList(11, 14)).containsExactly("姓名", "务工地点", "联系电话");
            assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("L3:N3"), CellRangeAddress.valueOf("D3:D4"));
        }
    }

    @Test
    void aBlankIsNoCellAndItsColumnStaysTextForWhatIsTypedInLater() throws IOException {
        ChildDetails d = new ChildDetails();
        d.setName("王小明");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterWriter.write(new ChildRoster(labels()).layout(), HEADING, sink -> sink.accept(
                new RosterEntry<>(0, d, "龙山镇", "中坝村", LocalDate.of(2026, 11, 23))), null, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = wb.getSheet("留守儿童花名册");
            Row written = s.getRow(RosterWriter.firstDataRow(new ChildRoster(labels()).layout()));
            assertThat(written.getCell(3).getStringCellValue()).isEqualTo("王小明");
            assertThat(written.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("@");
            // No identity number: no cell, and the column's own style makes a number typed in there text.
            assertThat(written.getCell(7)).isNull();
            assertThat(s.getColumnStyle(7).getDataFormatString()).isEqualTo("@");
            assertThat(s.getColumnStyle(7).getBorderBottom()).isEqualTo(written.getCell(3).getCellStyle().getBorderBottom());
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsQuotedText() {
        assertThat(RosterWriter.looksLikeFormula("=HYPERLINK(\"x\")")).isTrue();
        assertThat(RosterWriter.looksLikeFormula("+86 138")).isTrue();
        assertThat(RosterWriter.looksLikeFormula("王丽")).isFalse();
    }

    @Test
    void healthAndContactCellsRoundTrip() {
        ChildDetails d = new ChildDetails();
        d.setHealth(Health.DISABLED);
        d.setDisabilityCategory("视力残疾");
        d.setDisabilityGrade("二级");
        assertThat(ChildRoster.health(labels(), d)).isEqualTo("残疾（视力残疾 二级）");
        assertThat(ChildRoster.splitNameAndPhone("王丽 13800001111")).containsExactly("王丽", "13800001111");
        assertThat(ChildRoster.splitNameAndPhone("王丽")).containsExactly("王丽", null);
        assertThat(ChildRoster.splitNameAndPhone("13800001111")).containsExactly(null, "13800001111");
    }
}
