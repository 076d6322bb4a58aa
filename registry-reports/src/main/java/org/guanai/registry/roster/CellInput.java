package org.guanai.registry.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanai.registry.imports.RowCell;
import org.guanai.registry.imports.RowProblem;
import org.guanai.registry.workbook.CellValue;

/**
 * One cell of a roster row being read, with the conversions clerks' workbooks need: full-width digits
 * and spaces, trailing spaces, numbers that should be text, dates typed every usual way, 是/否/√/空.
 * A conversion that fails records its problem against this cell and returns null.
 */
final class CellInput {

    private static final Pattern DATE_SEPARATED = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(\\s+.*)?");
    private static final Pattern DATE_CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");
    private static final Pattern DATE_COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE][+]?\\d+");
    /** 、 , ; / in either width (a Chinese input method types ， ； ／), and line breaks. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；/／\\n]+");

    private final CellValue value;
    private final RowCell where;
    private final String sheet;
    private final int rowNumber;
    private final List<RowProblem> problems;

    CellInput(CellValue value, RowCell where, String sheet, int rowNumber, List<RowProblem> problems) {
        this.value = value;
        this.where = where;
        this.sheet = sheet;
        this.rowNumber = rowNumber;
        this.problems = problems;
    }

    void problem(String messageKey, Object... args) {
        problems.add(RowProblem.at(sheet, rowNumber, where, messageKey, args));
    }

    boolean isBlank() {
        return text() == null;
    }

    /** The text, full-width letters, digits and spaces made ASCII, stripped; null when blank. */
    String text() {
        if (value == null) {
            return null;
        }
        String raw = switch (value.kind()) {
            case NUMBER -> value.display();
            case DATE -> value.date().toString();
            case ERROR -> null;
            default -> value.text();
        };
        if (raw == null) {
            return null;
        }
        String t = halfWidth(raw).strip();
        return t.isEmpty() ? null : t;
    }

    /** 是 / √ / Y / TRUE / 有 → yes; 否 / × / N / 无 / blank → no. */
    boolean yesNo() {
        if (value != null && value.kind() == CellValue.Kind.BOOLEAN) {
            return value.number() != 0;
        }
        String t = text();
        if (t == null) {
            return false;
        }
        return switch (t.toUpperCase()) {
            case "是", "√", "✓", "✔", "Y", "YES", "TRUE", "有", "1" -> true;
            case "否", "×", "X", "N", "NO", "FALSE", "无", "0", "-", "—" -> false;
            default -> {
                problem("imports.cell.yesNo");
                yield false;
            }
        };
    }

    /** An Excel date, or text as 2010-03-05, 2010/3/5, 2010.03.05, 20100305 or 2010年3月5日. */
    LocalDate date() {
        if (value == null) {
            return null;
        }
        if (value.kind() == CellValue.Kind.DATE) {
            return value.date();
        }
        String t = text();
        if (t == null) {
            return null;
        }
        for (Pattern p : List.of(DATE_SEPARATED, DATE_CHINESE, DATE_COMPACT)) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    problem("imports.cell.impossibleDate");
                    return null;
                }
            }
        }
        problem("imports.cell.date");
        return null;
    }

    /**
     * An identity number. A number cell of 18 digits has lost its last digits to Excel's floating point
     * (5.22731E+17): that cannot be repaired here, only by the clerk re-typing it as text.
     */
    String idNumber() {
        if (value != null && value.kind() == CellValue.Kind.NUMBER && !value.isExactInteger()) {
            problem("imports.cell.idAsNumber");
            return null;
        }
        String t = text();
        if (t != null && SCIENTIFIC.matcher(t).matches()) {
            problem("imports.cell.idAsNumber");
            return null;
        }
        return t;
    }

    /** A phone number; one stored as a number is read back as its digits. */
    String phone() {
        return text();
    }

    <E extends Enum<E>> E option(Map<String, E> byLabel) {
        String t = text();
        if (t == null) {
            return null;
        }
        E e = byLabel.get(t.replaceAll("\\s+", ""));
        if (e == null) {
            problem("imports.cell.option", String.join("、", byLabel.keySet()));
        }
        return e;
    }

    <E extends Enum<E>> Set<E> options(Map<String, E> byLabel, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String part : list()) {
            E e = byLabel.get(part.replaceAll("\\s+", ""));
            if (e == null) {
                problem("imports.cell.option", String.join("、", byLabel.keySet()));
            } else {
                set.add(e);
            }
        }
        return set;
    }

    /** The parts of a cell holding several values (王芳、李强). */
    List<String> list() {
        String t = text();
        List<String> parts = new ArrayList<>();
        if (t != null) {
            for (String p : LIST_SEPARATOR.split(t)) {
                if (!p.isBlank()) {
                    parts.add(p.strip());
                }
            }
        }
        return parts;
    }

    /** The parts by position (王芳、、李强 has an empty second part), for columns zipped together. */
    List<String> positional() {
        String t = text();
        List<String> parts = new ArrayList<>();
        if (t != null) {
            for (String p : t.split("[、,，;；/／\\n]", -1)) {
                parts.add(p.isBlank() ? null : p.strip());
            }
        }
        return parts;
    }

    /** Full-width ASCII (Ａ１２３) and the ideographic space become their half-width forms; other text stays. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000' || c == '\u00a0') {
                b.append(' ');
            } else if (c >= '\uff10' && c <= '\uff19' || c >= '\uff21' && c <= '\uff3a' || c >= '\uff41' && c <= '\uff5a') {
                b.append((char) (c - 0xfee0));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
