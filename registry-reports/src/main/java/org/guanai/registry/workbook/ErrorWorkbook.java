package org.guanai.registry.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The clerk's workbook given back with its errors: every sheet as uploaded (values as typed, merged
 * headers, hidden rows), an added 错误说明 column, and each bad cell filled red. Streamed, so a
 * 100,000-row file costs no more memory than a short one. Always .xlsx, whatever came in.
 */
public final class ErrorWorkbook {

    public static final String ERROR_COLUMN = "错误说明";

    /** One error to show: sheet, Excel row number, column (−1 for the row as a whole) and the message. */
    public record Mark(String sheet, int rowNumber, int column, String message) {
    }

    private ErrorWorkbook() {
    }

    /**
     * @param headerRows per sheet, the Excel row number of its (last) header row, where the error column's
     *                   title goes
     */
    public static byte[] write(WorkbookFile file, Map<String, Integer> headerRows, List<Mark> marks) {
        Map<String, Map<Integer, List<Mark>>> bySheet = new HashMap<>();
        for (Mark m : marks) {
            bySheet.computeIfAbsent(m.sheet(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(m.rowNumber(), r -> new ArrayList<>()).add(m);
        }
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bad = wb.createCellStyle();
            bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle message = wb.createCellStyle();
            Font red = wb.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            message.setFont(red);
            message.setWrapText(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            for (RawSheet raw : file.sheets()) {
                Map<Integer, List<Mark>> rows = bySheet.getOrDefault(raw.name(), Map.of());
                int errorColumn = raw.rows().stream().mapToInt(r -> r.cells().length).max().orElse(0);
                Sheet sheet = wb.createSheet(raw.name());
                sheet.setColumnWidth(errorColumn, 60 * 256);
                Integer headerRow = headerRows.get(raw.name());
                Set<Integer> written = new HashSet<>();
                for (RawRow r : raw.rows()) {
                    Row row = sheet.createRow(r.index());
                    written.add(r.number());
                    if (r.hidden()) {
                        row.setZeroHeight(true);
                    }
                    List<Mark> rowMarks = rows.getOrDefault(r.number(), List.of());
                    Set<Integer> badColumns = new HashSet<>();
                    rowMarks.forEach(m -> badColumns.add(m.column()));
                    for (int c = 0; c < r.cells().length; c++) {
                        CellValue v = r.cells()[c];
                        if (v == null && !badColumns.contains(c)) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v != null) {
                            put(cell, v, date);
                        }
                        if (badColumns.contains(c)) {
                            cell.setCellStyle(bad);
                        }
                    }
                    if (headerRow != null && headerRow == r.number()) {
                        row.createCell(errorColumn).setCellValue(ERROR_COLUMN);
                    }
                    if (!rowMarks.isEmpty()) {
                        Cell cell = row.createCell(errorColumn);
                        cell.setCellValue(messages(rowMarks));
                        cell.setCellStyle(message);
                    }
                }
                // errors of rows the file does not have (e.g. "no header found") go under the last row
                int next = raw.rows().isEmpty() ? 0 : raw.rows().get(raw.rows().size() - 1).index() + 1;
                for (Map.Entry<Integer, List<Mark>> e : rows.entrySet()) {
                    if (!written.contains(e.getKey())) {
                        Cell cell = sheet.createRow(next++).createCell(0);
                        cell.setCellValue(messages(e.getValue()));
                        cell.setCellStyle(message);
                    }
                }
                for (Merge m : raw.merges()) {
                    if (m.lastRow() > m.firstRow() || m.lastColumn() > m.firstColumn()) {
                        sheet.addMergedRegionUnsafe(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstColumn(),
                                m.lastColumn()));
                    }
                }
            }
            if (file.sheets().isEmpty()) {
                wb.createSheet(ERROR_COLUMN).createRow(0).createCell(0).setCellValue(messages(marks));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                wb.close();
            } catch (IOException ignored) {
                // temporary files are gone with the JVM's temp directory at worst
            }
        }
    }

    private static String messages(List<Mark> marks) {
        return String.join("；", marks.stream().map(Mark::message).distinct().toList());
    }

    private static void put(Cell cell, CellValue v, CellStyle date) {
        switch (v.kind()) {
            case NUMBER -> cell.setCellValue(v.number());
            case DATE -> {
                cell.setCellValue(v.date());
                cell.setCellStyle(date);
            }
            case BOOLEAN -> cell.setCellValue(v.number() != 0);
            default -> cell.setCellValue(v.text());
        }
    }
}
