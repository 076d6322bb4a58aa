package org.guanai.registry.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.person.Sex;
import org.guanai.registry.testsupport.ChildFixtures;

/**
 * Roster workbooks for the import tests, made with POI: the system's own template filled in, as a clerk
 * would. Cells are text unless a test puts a number, a date or a formula in them.
 */
public final class RosterFiles {

    /** The attachment 4 template's first data row (title, heading, two header rows). */
    static final int FIRST_DATA_ROW = 4;

    private RosterFiles() {
    }

    /** A valid child row of the attachment 4 layout (26 columns). */
    public static Object[] child(String town, String village, String name, LocalDate birth) {
        String id = ChildFixtures.idNumber(birth, Sex.FEMALE);
        return new Object[] {"1", town, village, name, "女", "布依族", birth.toString(), id, "是", "健康", "小学", "否",
                "父" + name, "浙江省宁波市", "13800001111", "母" + name, "广东省东莞市", "13900002222", "父母双方外出",
                "", "", "", "监护情况一般", "否", "王丽 13700003333", ""};
    }

    /** The template filled with rows from {@link #FIRST_DATA_ROW}. */
    public static byte[] filled(byte[] template, List<Object[]> rows) {
        return edit(template, wb -> {
            Sheet sheet = wb.getSheetAt(0);
            // the template's footer rows move below the data: drop them, they are re-found by text anyway
            for (int r = sheet.getLastRowNum(); r >= FIRST_DATA_ROW; r--) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    sheet.removeRow(row);
                }
            }
            for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
                if (sheet.getMergedRegion(i).getFirstRow() >= FIRST_DATA_ROW) {
                    sheet.removeMergedRegion(i);
                }
            }
            int r = FIRST_DATA_ROW;
            for (Object[] values : rows) {
                put(wb, sheet.createRow(r++), values);
            }
            Row footer = sheet.createRow(r + 1);
            footer.createCell(0).setCellValue("单位负责人（签名）：   复核人（签名）：   填表人（签名）：");
        });
    }

    static void put(Workbook wb, Row row, Object[] values) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (v instanceof Formula f) {
                cell.setCellFormula(f.formula());
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }

    /** A formula cell (its cached value is what the import must read). */
    record Formula(String formula) {
    }

    interface Edit {
        void apply(XSSFWorkbook wb) throws IOException;
    }

    static byte[] edit(byte[] xlsx, Edit edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object[] with(Object[] row, int column, Object value) {
        Object[] copy = Arrays.copyOf(row, row.length);
        copy[column] = value;
        return copy;
    }

    public static List<Object[]> rows(Object[]... rows) {
        return new ArrayList<>(List.of(rows));
    }
}
