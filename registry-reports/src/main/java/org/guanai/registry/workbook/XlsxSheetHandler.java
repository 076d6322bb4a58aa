package org.guanai.registry.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML into {@link RawRow}s with constant overhead per cell: values by type
 * (shared strings, inline strings, numbers, dates by their number format, booleans, errors, and the
 * cached result of formulas), hidden rows and merged ranges. Nothing is evaluated.
 */
final class XlsxSheetHandler extends DefaultHandler {

    static final int MAX_COLUMNS = 256;

    /** Thrown from inside the parser to stop a sheet with too many rows early. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private final SharedStrings strings;
    private final StylesTable styles;
    private final RowBudget budget;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    final List<RawRow> rows = new ArrayList<>();
    final List<Merge> merges = new ArrayList<>();

    private int rowIndex = -1;
    private boolean rowHidden;
    private final List<CellValue> cells = new ArrayList<>();
    private int column = -1;
    private String type;
    private int style;
    private final StringBuilder value = new StringBuilder();
    private boolean collecting;

    XlsxSheetHandler(SharedStrings strings, StylesTable styles, RowBudget budget) {
        this.strings = strings;
        this.styles = styles;
        this.budget = budget;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (name(localName, qName)) {
            case "row" -> {
                String r = a.getValue("r");
                rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                String hidden = a.getValue("hidden");
                rowHidden = "1".equals(hidden) || "true".equals(hidden);
                cells.clear();
                column = -1;
            }
            case "c" -> {
                String ref = a.getValue("r");
                column = ref == null ? column + 1 : CellRef.parse(ref)[1];
                type = a.getValue("t");
                String s = a.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value.setLength(0);
            }
            case "v", "t" -> collecting = true;
            case "mergeCell" -> merges.add(Merge.parse(a.getValue("ref")));
            default -> {
                // formulas (<f>) and everything else are ignored: the cached value is what counts
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "v", "t" -> collecting = false;
            case "c" -> {
                if (column >= 0 && column < MAX_COLUMNS) {
                    CellValue v = cellValue();
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, v);
                }
            }
            case "row" -> {
                budget.count();
                rows.add(new RawRow(rowIndex, rowHidden, cells.toArray(new CellValue[0])));
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            value.append(ch, start, length);
        }
    }

    private CellValue cellValue() {
        String v = value.toString();
        if (type == null || type.equals("n")) {
            if (v.isEmpty()) {
                return null;
            }
            double d = Double.parseDouble(v);
            if (isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
                return CellValue.date(DateUtil.getLocalDateTime(d).toLocalDate());
            }
            return CellValue.number(d);
        }
        return switch (type) {
            case "s" -> v.isEmpty() ? null : CellValue.text(strings.getItemAt(Integer.parseInt(v.trim())).getString());
            case "inlineStr", "str" -> CellValue.text(v);
            case "b" -> CellValue.bool("1".equals(v) || "true".equalsIgnoreCase(v));
            case "e" -> CellValue.error(v);
            case "d" -> v.length() >= 10 ? CellValue.date(LocalDate.parse(v.substring(0, 10))) : CellValue.text(v);
            default -> CellValue.text(v);
        };
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle s = styles.getStyleAt(i);
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        });
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
