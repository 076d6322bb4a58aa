package org.guanai.registry.workbook;

/** Counts rows across a workbook's sheets and stops the reading when there are too many. */
final class RowBudget {

    private final int max;
    private int rows;

    RowBudget(int max) {
        this.max = max;
    }

    void count() {
        if (++rows > max) {
            throw new XlsxSheetHandler.TooManyRows();
        }
    }
}
