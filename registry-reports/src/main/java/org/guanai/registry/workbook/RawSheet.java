package org.guanai.registry.workbook;

import java.util.List;
import java.util.Optional;

/** A sheet as stored: its name, its rows (in order; empty rows may be absent) and merged ranges. */
public record RawSheet(String name, List<RawRow> rows, List<Merge> merges) {

    /** The cell's value, or the value of the merged range it lies in. */
    public CellValue mergedValue(RawRow row, int column) {
        CellValue own = row.cell(column);
        if (own != null) {
            return own;
        }
        for (Merge m : merges) {
            if (m.contains(row.index(), column)) {
                return rowAt(m.firstRow()).map(r -> r.cell(m.firstColumn())).orElse(null);
            }
        }
        return null;
    }

    public Optional<RawRow> rowAt(int index) {
        for (RawRow r : rows) {
            if (r.index() == index) {
                return Optional.of(r);
            }
            if (r.index() > index) {
                break;
            }
        }
        return Optional.empty();
    }
}
