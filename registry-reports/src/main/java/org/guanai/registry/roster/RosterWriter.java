package org.guanai.registry.roster;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.guanai.registry.workbook.WorkbookReader;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBreak;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageBreak;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Writes a roster form (or its empty template) as .xlsx, streaming: rows go to disk as they are
 * written (SXSSF, a window of {@value #WINDOW} rows), so memory does not grow with the roster. Title,
 * 填报单位 / period / date, the header tree with merged cells, frozen and print-repeated header rows,
 * A4 landscape, drop-down lists for the enumerations, the signature footer and a notes sheet.
 */
public final class RosterWriter {

    static final int WINDOW = 200;
    /** Drop-down lists cover this many data rows. */
    static final int VALIDATED_ROWS = 100_000;
    public static final String NOTES_SHEET = "填表说明";
    public static final String FOOTER = "单位负责人（签名）：                    复核人（签名）：                    填表人（签名）：";

    private RosterWriter() {
    }

    /** The first data row (0-based): title, heading line, then the header rows. */
    public static int firstDataRow(RosterLayout<?> layout) {
        return 2 + layout.headerDepth();
    }

    /**
     * Writes the form. {@code rows} is called once with a sink that works out each entry's cells and hands them to
     * the sheet's writer (numbered 1, 2, 3 … in the 序号 column), so entries can come straight from a database cursor,
     * read while the rows before them are written ({@link RowsWrittenAside}).
     */
    public static <D> void write(RosterLayout<D> layout, RosterHeading heading,
            Consumer<Consumer<RosterEntry<D>>> rows, Instant exportedAt, OutputStream out) throws IOException {
        try (Book book = new Book()) {
            book.sheet(layout, heading, rows);
            book.notes(layout);
            book.write(exportedAt, out);
        }
    }

    /**
     * A workbook of several forms (a town's quarterly report: attachments 3 to 7), each on its own sheet,
     * streamed like a single roster. Closing it deletes the temporary files.
     */
    public static final class Book implements AutoCloseable {

        private final SXSSFWorkbook wb;
        private final Styles styles;

        /** A book whose temporary files are compressed: a roster of any length stays small on disk. */
        public Book() {
            this(true);
        }

        /**
         * {@code compressTemporaryFiles} false for a book of known, moderate size (a town's quarterly workbook: tens of MB
         * of sheet XML at most), which then spares compressing every row on the way to disk and back.
         */
        public Book(boolean compressTemporaryFiles) {
            wb = compressTemporaryFiles ? new QuicklyCompressedWorkbook() : new SXSSFWorkbook(WINDOW);
            styles = new Styles(wb);
        }

        /** Adds {@code layout} as a sheet with the entries {@code rows} gives (see {@link RosterWriter#write}). */
        public <D> void sheet(RosterLayout<D> layout, RosterHeading heading, Consumer<Consumer<RosterEntry<D>>> rows) {
            Sheet sheet = wb.createSheet(layout.sheetName());
            List<RosterColumn<D>> columns = layout.columns();
            int last = columns.size() - 1;
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, Math.min(255, columns.get(i).width() * 2 + 2) * 256);
                sheet.setDefaultColumnStyle(i, styles.text); // what clerks type in stays text (ID numbers!)
            }
            Row title = sheet.createRow(0);
            title.setHeightInPoints(28);
            text(title, 0, heading.titlePlace() + layout.title(), styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row info = sheet.createRow(1);
            int third = Math.max(1, columns.size() / 3);
            text(info, 0, "填报单位（盖章）：" + nullToEmpty(heading.unit()), styles.info);
            if (third > 1) { // a narrow form (the inspection list) has no room to merge
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, third - 1));
            }
            text(info, third, nullToEmpty(heading.period()), styles.info);
            text(info, 2 * third, "填报日期：" + (heading.date() == null ? "" : heading.date().toString()), styles.info);
            writeHeader(sheet, layout, styles);
            int firstData = firstDataRow(layout);
            sheet.createFreezePane(0, firstData);
            sheet.setRepeatingRows(new CellRangeAddress(2, firstData - 1, -1, -1));

            int[] next = {firstData};
            int[] given = {0};
            try (RowsWrittenAside aside = new RowsWrittenAside(cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.length; i++) {
                    value(row, i, cells[i], styles);
                }
            })) {
                rows.accept(e -> {
                    RosterEntry<D> entry = new RosterEntry<>(++given[0], e.details(), e.townName(), e.villageName(),
                            e.today());
                    Object[] cells = new Object[columns.size()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = plain(columns.get(i).value().apply(entry));
                    }
                    aside.add(cells);
                });
                aside.finish();
            }
            int r = next[0];
            Row footer = sheet.createRow(r + 1);
            text(footer, 0, FOOTER, styles.info);
            sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, last));
            for (String note : layout.notes()) {
                Row n = sheet.createRow(r + 2);
                text(n, 0, note, styles.info);
                sheet.addMergedRegion(new CellRangeAddress(r + 2, r + 2, 0, last));
                r++;
            }
            dropDowns(sheet, layout, firstData);
            printSetup(sheet);
        }

        /** A blank sheet for a form of another shape (the registration forms of attachments 5 and 7). */
        public Sheet createSheet(String name) {
            return wb.createSheet(name);
        }

        /**
         * Manual page breaks after {@code rows}, written in one pass: POI's setRowBreak first scans every break already
         * set, which made a town's registration forms quadratic in its size (issue 2/6).
         */
        public void rowBreaks(Sheet sheet, List<Integer> rows) {
            CTWorksheet ct = wb.getXSSFWorkbook().getSheet(sheet.getSheetName()).getCTWorksheet();
            CTPageBreak breaks = ct.isSetRowBreaks() ? ct.getRowBreaks() : ct.addNewRowBreaks();
            for (int row : rows) {
                CTBreak b = breaks.addNewBrk();
                b.setId(row + 1L); // as XSSFSheet.setRowBreak: the break follows the row
                b.setMan(true);
                b.setMax(SpreadsheetVersion.EXCEL2007.getLastColumnIndex());
            }
            breaks.setCount(breaks.sizeOfBrkArray());
            breaks.setManualBreakCount(breaks.sizeOfBrkArray());
        }

        /** The book's cell styles, shared by every sheet (a workbook may hold only so many styles). */
        public CellStyle titleStyle() {
            return styles.title;
        }

        public CellStyle infoStyle() {
            return styles.info;
        }

        public CellStyle headerStyle() {
            return styles.header;
        }

        public CellStyle textStyle() {
            return styles.wrappedText;
        }

        /** The 填表说明 sheet of one layout (a template's and a single roster's). */
        public <D> void notes(RosterLayout<D> layout) {
            notesSheet(wb, layout, styles);
        }

        /** Writes the workbook, stamped with {@code exportedAt} when it is a roster that may come back. */
        public void write(Instant exportedAt, OutputStream out) throws IOException {
            if (exportedAt != null) {
                wb.getXSSFWorkbook().getProperties().getCustomProperties()
                        .addProperty(WorkbookReader.EXPORTED_AT_PROPERTY, exportedAt.toString());
            }
            wb.write(out);
        }

        @Override
        public void close() throws IOException {
            wb.close(); // also deletes the temporary files
        }
    }

    /**
     * A streaming workbook whose temporary sheet files are gzipped at the fastest level (decision 040): at POI's default
     * level, compressing rows that are read back once, when the workbook is written, took a quarter of an attachment 4
     * export's time. The file handed to the user is compressed at the default level as before. Public for the export
     * benchmark's floor.
     */
    public static final class QuicklyCompressedWorkbook extends SXSSFWorkbook {

        public QuicklyCompressedWorkbook() {
            super(WINDOW);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new GZIPSheetDataWriter(getSharedStringSource()) {
                @Override
                protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
                    return new GZIPOutputStream(file, 1 << 16) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    };
                }
            };
        }
    }

    private static <D> void writeHeader(Sheet sheet, RosterLayout<D> layout, Styles styles) {
        List<RosterColumn<D>> columns = layout.columns();
        int depth = layout.headerDepth();
        Row top = sheet.createRow(2);
        Row leaf = depth == 2 ? sheet.createRow(3) : top;
        top.setHeightInPoints(24);
        leaf.setHeightInPoints(36);
        for (RosterLayout.Span span : layout.spans()) {
            int i = span.first();
            if (span.group() == null) {
                text(top, i, columns.get(i).header(), styles.header);
                if (depth == 2) {
                    text(leaf, i, null, styles.header);
                    sheet.addMergedRegion(new CellRangeAddress(2, 3, i, i));
                }
                continue;
            }
            for (int j = i; j <= span.last(); j++) {
                text(top, j, j == i ? span.group() : null, styles.header);
                text(leaf, j, columns.get(j).header(), styles.header);
            }
            if (span.last() > i) {
                sheet.addMergedRegion(new CellRangeAddress(2, 2, i, span.last()));
            }
        }
    }

    private static <D> void dropDowns(Sheet sheet, RosterLayout<D> layout, int firstData) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < layout.columns().size(); i++) {
            List<String> options = layout.columns().get(i).options();
            if (options.isEmpty()) {
                continue;
            }
            DataValidation v = helper.createValidation(
                    helper.createExplicitListConstraint(options.toArray(new String[0])),
                    new CellRangeAddressList(firstData, firstData + VALIDATED_ROWS - 1, i, i));
            v.setSuppressDropDownArrow(true);
            v.setShowErrorBox(false); // the import checks every value; a detail in brackets must stay possible
            sheet.addValidationData(v);
        }
    }

    private static void printSetup(Sheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private static <D> void notesSheet(Workbook wb, RosterLayout<D> layout, Styles styles) {
        Sheet notes = wb.createSheet(NOTES_SHEET);
        notes.setColumnWidth(0, 30 * 256);
        notes.setColumnWidth(1, 80 * 256);
        notes.setColumnWidth(2, 50 * 256);
        Row head = notes.createRow(0);
        text(head, 0, "栏目", styles.header);
        text(head, 1, "填写说明", styles.header);
        text(head, 2, "可选值", styles.header);
        int r = 1;
        for (RosterColumn<D> c : layout.columns()) {
            Row row = notes.createRow(r++);
            text(row, 0, c.group() == null ? c.header() : c.group() + " · " + c.header(), styles.wrapped);
            text(row, 1, c.note(), styles.wrapped);
            text(row, 2, String.join(" / ", c.options()), styles.wrapped);
        }
        for (String note : layout.notes()) {
            text(notes.createRow(++r), 0, note, styles.info);
        }
    }

    private static void value(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            // No cell: the column's default style (text, bordered) shows it as a blank text cell would; as cells of
            // their own, a roster's blanks were a tenth of an attachment 4 export's bytes.
            return;
        }
        if (value instanceof LocalDate d) {
            Cell cell = row.createCell(column);
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Number n) {
            Cell cell = row.createCell(column);
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(styles.number);
        } else {
            String s = value.toString();
            text(row, column, s, looksLikeFormula(s) ? styles.quoted : styles.text);
        }
    }

    /**
     * A cell's value as the sheet's writer takes it: dates and numbers as they are, anything else as its text, worked
     * out on the reading thread (a value's words may come from the details it was read with).
     */
    private static Object plain(Object value) {
        return value == null || value instanceof LocalDate || value instanceof Number || value instanceof String ? value
                : value.toString();
    }

    /** Text that a spreadsheet would take for a formula is written as text, quoted (formula injection). */
    static boolean looksLikeFormula(String s) {
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The few cell styles a roster uses (a workbook may hold only so many). */
    static final class Styles {
        final CellStyle title;
        final CellStyle info;
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle date;
        final CellStyle number;
        final CellStyle wrapped;
        final CellStyle wrappedText;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            short textFormat = wb.createDataFormat().getFormat("@");
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            info = wb.createCellStyle();
            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb);
            text.setDataFormat(textFormat); // numbers typed later stay text: ID numbers keep their digits
            quoted = bordered(wb);
            quoted.setDataFormat(textFormat);
            quoted.setQuotePrefixed(true);
            date = bordered(wb);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            number = bordered(wb);
            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            wrappedText = bordered(wb);
            wrappedText.setDataFormat(textFormat);
            wrappedText.setWrapText(true);
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }
}
