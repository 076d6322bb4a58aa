package org.guanai.registry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ParentStatus;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.elder.ElderDetails;
import org.guanai.registry.roster.FormLabels;
import org.guanai.registry.roster.RosterHeading;
import org.guanai.registry.roster.RosterWriter;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.ElderFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Attachments 5 and 7 as written: one form per person, one page each, options ticked with √, — for the dead. */
class RegistrationFormsGoldenTest {

    static final RosterHeading HEADING = new RosterHeading("贵州省", "龙山镇人民政府", "2026年第3季度", LocalDate.of(2026, 9, 18));

    static RegistrationForms forms() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("labels");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return new RegistrationForms(new FormLabels(m));
    }

    @Test
    void attachment5OnePagePerChild() throws Exception {
        ChildDetails a = ChildFixtures.child("王小明", "522730100201");
        a.setSchooling(Schooling.JUNIOR);
        a.getFather().setStatus(ParentStatus.DECEASED);
        a.setNotes("ignored");
        ChildDetails b = ChildFixtures.child("=HYPERLINK(1)", "522730100201");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RosterWriter.Book book = new RosterWriter.Book()) {
            int n = RegistrationWriter.write(book, forms().child(), HEADING, sink -> List.of(a, b).forEach(sink));
            assertThat(n).isEqualTo(2);
            book.write(null, out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = wb.getSheet("附件5 登记表");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("贵州省农村留守儿童基本情况登记表");
            assertThat(text(s, 1)).contains("填报单位（盖章）：龙山镇人民政府", "填报日期：2026-09-18");
            assertThat(text(s, 2)).startsWith("个人基本情况 | 姓名 | 王小明 | 性别 | 女 | 民族 | 布依族");
            String first = all(s, 0, s.getRowBreaks()[0]);
            assertThat(first).contains("√初中").contains("□小学").contains("父亲 | —").contains("家庭经济来源")
                    .contains("√打工收入").contains("单位负责人（签名）").contains("患病指患有重特大疾病");
            assertThat(s.getRowBreaks()).hasSize(2);
            int second = s.getRowBreaks()[0] + 1;
            assertThat(s.getRow(second).getCell(0).getStringCellValue()).endsWith("农村留守儿童基本情况登记表");
            assertThat(s.getRow(second + 2).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(second + 2).getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(1)");
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            s.validateMergedRegions(); // merged without POI's check while writing: none may overlap
        }
    }

    /** Excel drops manual page breaks past 1,026 a sheet: a larger town's forms go on to a second sheet. */
    @Test
    void aThousandAndOneFormsUseTwoSheetsWithAPageEach() throws Exception {
        ChildDetails a = ChildFixtures.child("王小明", "522730100201");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RosterWriter.Book book = new RosterWriter.Book()) {
            int n = RegistrationWriter.write(book, forms().child(), HEADING, sink -> {
                for (int i = 0; i < RegistrationWriter.FORMS_PER_SHEET + 1; i++) {
                    sink.accept(a);
                }
            });
            assertThat(n).isEqualTo(1001);
            book.write(null, out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet first = wb.getSheet("附件5 登记表");
            XSSFSheet second = wb.getSheet("附件5 登记表（2）");
            assertThat(first.getRowBreaks()).hasSize(1000);
            assertThat(second.getRowBreaks()).hasSize(1);
            int[] breaks = first.getRowBreaks();
            assertThat(first.getRow(breaks[999] + 1) == null).isTrue();
            assertThat(first.getRow(breaks[998] + 1).getCell(0).getStringCellValue()).endsWith("基本情况登记表");
            assertThat(second.getRow(0).getCell(0).getStringCellValue()).endsWith("基本情况登记表");
            first.validateMergedRegions();
            second.validateMergedRegions();
        }
    }

    @Test
    void attachment7HasTheElderFieldsInTheSameShape() throws Exception {
        ElderDetails e = ElderFixtures.elder("杨奶奶", "522730100201");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RosterWriter.Book book = new RosterWriter.Book()) {
            RegistrationWriter.write(book, forms().elder(), HEADING, sink -> sink.accept(e));
            book.write(null, out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = wb.getSheet("附件7 登记表");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("贵州省农村留守老人基本情况登记表");
            assertThat(all(s, 0, s.getLastRowNum())).contains("杨奶奶").contains("婚姻状况").contains("子女数量")
                    .contains("外出子女").contains("浙江省宁波市").contains("需求").contains("复核人（签名）");
        }
    }

    private static String text(XSSFSheet s, int r) {
        List<String> cells = new ArrayList<>();
        Row row = s.getRow(r);
        DataFormatter f = new DataFormatter();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            String v = row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c));
            if (!v.isEmpty()) {
                cells.add(v);
            }
        }
        return String.join(" | ", cells);
    }

    private static String all(XSSFSheet s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int r = from; r <= to; r++) {
            if (s.getRow(r) != null) {
                b.append(text(s, r)).append('\n');
            }
        }
        return b.toString();
    }
}
