package org.guanai.registry.imports;

/** Where a value sat in the workbook: its column's header, the column (0-based) and the value as typed. */
public record RowCell(String header, int column, String typed) {
}
