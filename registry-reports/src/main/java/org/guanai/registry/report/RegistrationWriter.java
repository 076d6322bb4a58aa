package org.guanai.registry.report;

import java.util.ArrayList;
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

    /**
     * Forms per sheet: Excel keeps at most 1,026 manual page breaks on a sheet and drops the rest, so a larger town's
     * forms continue on 附件5 登记表（2）, （3）… and still print one page per person.
     */
    static final int FORMS_PER_SHEET = 1_000;

    /** Adds the forms of the people {@code people} gives to {@code book}; returns how many were written. */
    public static <D> int write(RosterWriter.Book book, RegistrationForm<D> form, RosterHeading heading,
            Consumer<Consumer<D>> people) {
        int last = form.pairs() * 2;
        int[] count = {0};
        int[] next = {0};
        Sheet[] sheet = {null};
        List<Integer> breaks = new ArrayList<>();
        people.accept(person -> {
            if (count[0] % FORMS_PER_SHEET == 0) {
                if (sheet[0] != null) {
                    book.rowBreaks(sheet[0], breaks);
                    breaks.clear();
                }
                int n = count[0] / FORMS_PER_SHEET + 1;
                sheet[0] = newSheet(book, n == 1 ? form.sheetName() : form.sheetName() + "（" + n + "）", last);
                next[0] = 0;
            }
            int end = writeForm(book, sheet[0], form, heading, person, next[0], last);
            breaks.add(end);
            next[0] = end + 1;
            count[0]++;
        });
        if (sheet[0] == null) {
            newSheet(book, form.sheetName(), last); // an empty town still has the sheet
        } else {
            book.rowBreaks(sheet[0], breaks);
        }
        return count[0];
    }

    private static Sheet newSheet(RosterWriter.Book book, String name, int last) {
        Sheet sheet = book.createSheet(name);
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
        return sheet;
    }

    /** Writes one person's form from row {@code r}; returns its last row (the page ends after it). */
    private static <D> int writeForm(RosterWriter.Book book, Sheet sheet, RegistrationForm<D> form,
            RosterHeading heading, D person, int r, int last) {
        Row title = sheet.createRow(r);
        title.setHeightInPoints(26);
        cell(title, 0, heading.titlePlace() + form.title(), book.titleStyle(), null);
        merge(sheet, new CellRangeAddress(r, r, 0, last));
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
                        merge(sheet, new CellRangeAddress(r, r, c, last));
                        break;
                    }
                    cell(row, c, field.label(), book.headerStyle(), null);
                    cell(row, c + 1, null, book.textStyle(), field.value().apply(person));
                    if (lastField && c + 1 < last) {
                        fill(row, c + 2, last, book.textStyle());
                        merge(sheet, new CellRangeAddress(r, r, c + 1, last));
                    }
                    c += 2;
                }
                r++;
            }
            if (r - 1 > first) {
                merge(sheet, new CellRangeAddress(first, r - 1, 0, 0));
            }
        }
        Row footer = sheet.createRow(r + 1);
        cell(footer, 0, RosterWriter.FOOTER, book.infoStyle(), null);
        merge(sheet, new CellRangeAddress(r + 1, r + 1, 0, last));
        r += 2;
        for (String note : form.notes()) {
            cell(sheet.createRow(r), 0, note, book.infoStyle(), null);
            merge(sheet, new CellRangeAddress(r, r, 0, last));
            r++;
        }
        return r;
    }

    /**
     * Merges without POI's overlap check, which compares each new region with every earlier one of the sheet (parsing
     * each from text): quadratic, 88 s for a town of 545 children. The regions of a form are disjoint by construction
     * (each lies within its own rows); RegistrationFormsGoldenTest checks the written sheets with POI's own validation.
     */
    private static void merge(Sheet sheet, CellRangeAddress region) {
        sheet.addMergedRegionUnsafe(region);
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
