package org.guanai.registry.workbook;

/** A1-style cell references. */
final class CellRef {

    private CellRef() {
    }

    /** {@code "C12"} → {row 11, column 2}. */
    static int[] parse(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = i < ref.length() ? Integer.parseInt(ref.substring(i).replace("$", "")) : 1;
        return new int[] {row - 1, column - 1};
    }
}
