package org.guanai.registry.workbook;

/** A merged range of cells (0-based, inclusive). */
public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** Parses an A1-style range such as {@code B2:D3}. */
    static Merge parse(String ref) {
        String[] ends = ref.split(":");
        int[] a = CellRef.parse(ends[0]);
        int[] b = ends.length > 1 ? CellRef.parse(ends[1]) : a;
        return new Merge(a[0], b[0], a[1], b[1]);
    }
}
