package org.guanai.registry.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * One cell as the file holds it: text, a number, a date (a number in a date format), a yes/no or an
 * error. Formulas are never evaluated: a formula cell is its cached result.
 */
public record CellValue(Kind kind, String text, double number, LocalDate date) {

    public enum Kind {
        TEXT, NUMBER, DATE, BOOLEAN, ERROR
    }

    /** Integers up to this size are exact in a double; beyond it Excel has already lost digits. */
    public static final double EXACT_INTEGER_LIMIT = 1e15;

    public static CellValue text(String text) {
        return new CellValue(Kind.TEXT, text, 0, null);
    }

    public static CellValue number(double number) {
        return new CellValue(Kind.NUMBER, null, number, null);
    }

    public static CellValue date(LocalDate date) {
        return new CellValue(Kind.DATE, null, 0, date);
    }

    public static CellValue bool(boolean value) {
        return new CellValue(Kind.BOOLEAN, value ? "TRUE" : "FALSE", value ? 1 : 0, null);
    }

    public static CellValue error(String code) {
        return new CellValue(Kind.ERROR, code, 0, null);
    }

    public boolean isExactInteger() {
        return kind == Kind.NUMBER && number == Math.rint(number) && Math.abs(number) < EXACT_INTEGER_LIMIT;
    }

    /** The value as the clerk sees it in Excel (a long number in the scientific form Excel shows). */
    public String display() {
        return switch (kind) {
            case TEXT, BOOLEAN, ERROR -> text;
            case DATE -> date.toString();
            case NUMBER -> {
                if (isExactInteger()) {
                    yield Long.toString((long) number);
                }
                BigDecimal d = new BigDecimal(number);
                yield Math.abs(number) >= EXACT_INTEGER_LIMIT ? d.round(new MathContext(6)).toString()
                        : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            }
        };
    }

    public boolean isBlank() {
        return (kind == Kind.TEXT && text.isBlank());
    }
}
