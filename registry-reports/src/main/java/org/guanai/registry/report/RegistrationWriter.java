package org.guanai.registry.report;

import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.guanai.registry.roster.RosterHeading;
import org.guanai.registry.roster.RosterWriter;

/**
 * Writes registration forms, one per person, one below the other on one sheet with a page break after each,
 * so that a town of any size prints one page per person without a sheet per person. Column A holds the
 * section labels; then label–value pairs. Text that looks like a formula is written quoted.
 */
public final class RegistrationWriter {

    private RegistrationWriter() {
    }

    /** Adds the forms of the people {@code people} gives to {@code book}; returns how many were written. */
    public static <D> int write(RosterWriter.Book book, RegistrationForm<D> form, RosterHeading heading,
            Consumer<Consumer<D>> people) {
        Sheet sheet = book.createSheet(form.sheetName());
        int pairs = form.pairs();
        int last = pairs * 2;
        sheet.setColumnWidth(0, 14 * 256);
        for (int c = 1; c <= last; c++) {
            sheet.setColumnWidth(c, (c % 2 == 1 ? 14 : 22) * 256);
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(false);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        int[] next = {0};
        int[] count = {0};
        people.accept(person -> {
            int r = next[0];
            Row title = sheet.createRow(r);
            title.setHeightInPoints(26);
            cell(title, 0, heading.regionName() + form.title(), book.titleStyle(), null);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            Row info = sheet.createRow(r + 1);
            cell(info, 0, "填报单位（盖章）：" + (heading.unit() == null ? "" : heading.unit()), book.infoStyle(), null);
            cell(info, last - 1, "填报日期：" + (heading.date() == null ? "" : heading.date()), book.infoStyle(), null);
            r += 2;
            for (RegistrationForm.Section<D> section : form.sections()) {
                int first = r;
                for (List<RegistrationForm.Field<D>> line : section.lines()) {
                    Row row = sheet.createRow(r);
                    row.setHeightInPoints(line.size() == 1 ? 30 : 20);
                    cell(row, 0, section.label(), book.headerStyle(), null);
                    int c = 1;
                    for (int i = 0; i < line.size(); i++) {
                        RegistrationForm.Field<D> field = line.get(i);
                        boolean lastField = i == line.size() - 1;
                        if (field.label().isEmpty()) {
                            cell(row, c, null, book.textStyle(), field.value().apply(person));
                            fill(row, c + 1, last, book.textStyle());
                            sheet.addMergedRegion(new CellRangeAddress(r, r, c, last));
                            break;
                        }
                        cell(row, c, field.label(), book.headerStyle(), null);
                        cell(row, c + 1, null, book.textStyle(), field.value().apply(person));
                        if (lastField && c + 1 < last) {
                            fill(row, c + 2, last, book.textStyle());
                            sheet.addMergedRegion(new CellRangeAddress(r, r, c + 1, last));
                        }
                        c += 2;
                    }
                    r++;
                }
                if (r - 1 > first) {
                    sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
                }
            }
            Row footer = sheet.createRow(r + 1);
            cell(footer, 0, RosterWriter.FOOTER, book.infoStyle(), null);
            sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, last));
            r += 2;
            for (String note : form.notes()) {
                cell(sheet.createRow(r), 0, note, book.infoStyle(), null);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                r++;
            }
            sheet.setRowBreak(r);
            next[0] = r + 1;
            count[0]++;
        });
        return count[0];
    }

    private static void fill(Row row, int from, int to, CellStyle style) {
        for (int c = from; c <= to; c++) {
            row.createCell(c).setCellStyle(style);
        }
    }

    /** A label ({@code text}) or a person's value ({@code value}, quoted when it looks like a formula). */
    private static void cell(Row row, int column, String text, CellStyle style, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        String s = text != null ? text : value;
        if (s != null && !s.isEmpty()) {
            // setCellValue(String) always stores text: a leading = + - @ can never become a formula.
            cell.setCellValue(s);
        }
    }
}
