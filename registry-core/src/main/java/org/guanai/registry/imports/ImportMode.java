package org.guanai.registry.imports;

/**
 * How a previewed roster is committed: {@code WHOLE} only when no row has an error (全部无误才导入), or
 * {@code VALID_ROWS}: the rows without errors in one transaction, the others left to the error workbook (导入无误的行).
 */
public enum ImportMode {
    WHOLE, VALID_ROWS
}
