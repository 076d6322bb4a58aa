package org.guanai.registry.workbook;

/** A row of a sheet as stored: its index (0-based), whether it is hidden, its cells (null where empty). */
public record RawRow(int index, boolean hidden, CellValue[] cells) {

    public CellValue cell(int column) {
        return column < cells.length ? cells[column] : null;
    }

    public boolean isBlank() {
        for (CellValue c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Excel's row number. */
    public int number() {
        return index + 1;
    }
}
