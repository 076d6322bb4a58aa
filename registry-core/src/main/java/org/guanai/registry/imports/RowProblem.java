package org.guanai.registry.imports;

import java.util.List;

/**
 * One error of one row, as the clerk must find it in the workbook: sheet, row number (as Excel numbers
 * rows), column header (or none for a rule about the whole row), the value as typed, and a message key
 * with its arguments.
 */
public record RowProblem(String sheet, int rowNumber, String header, int column, String typed, String messageKey,
        List<Object> args) {

    public RowProblem {
        args = List.copyOf(args);
    }

    public static RowProblem at(String sheet, int rowNumber, RowCell cell, String messageKey, Object... args) {
        return cell == null
                ? new RowProblem(sheet, rowNumber, null, -1, null, messageKey, List.of(args))
                : new RowProblem(sheet, rowNumber, cell.header(), cell.column(), cell.typed(), messageKey, List.of(args));
    }
}
