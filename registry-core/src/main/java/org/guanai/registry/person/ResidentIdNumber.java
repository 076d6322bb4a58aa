package org.guanai.registry.person;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident identity number (公民身份号码, GB 11643-1999): 6 digits of the issuing region, 8 of the
 * birth date, 3 of sequence (odd for men) and an ISO 7064 MOD 11-2 check character. Parsing
 * normalises what people and spreadsheets produce (full-width digits, lower-case x, spaces) and
 * upgrades a 15-digit number of the old kind to 18.
 */
public final class ResidentIdNumber implements Serializable {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private final String value;

    private ResidentIdNumber(String value) {
        this.value = value;
    }

    /** Why a text is not a valid number; {@code expectedCheck} is set for {@link Problem#CHECK_DIGIT}. */
    public enum Problem {
        EMPTY, LENGTH, CHARACTERS, BIRTH_DATE, CHECK_DIGIT
    }

    public static final class Invalid extends IllegalArgumentException {
        private final Problem problem;
        private final Character expectedCheck;

        Invalid(Problem problem, Character expectedCheck) {
            super(problem + (expectedCheck == null ? "" : " (expected " + expectedCheck + ")"));
            this.problem = problem;
            this.expectedCheck = expectedCheck;
        }

        public Problem problem() {
            return problem;
        }

        public Character expectedCheck() {
            return expectedCheck;
        }
    }

    /** Parses and validates; a 15-digit number comes back upgraded to 18 digits. */
    public static ResidentIdNumber parse(String text) {
        String s = normalise(text);
        if (s.isEmpty()) {
            throw new Invalid(Problem.EMPTY, null);
        }
        if (s.length() == 15) {
            if (!s.matches("\\d{15}")) {
                throw new Invalid(Problem.CHARACTERS, null);
            }
            String body = s.substring(0, 6) + "19" + s.substring(6);
            birthDateOf(body);
            return new ResidentIdNumber(body + checkCharacter(body));
        }
        if (s.length() != 18) {
            throw new Invalid(Problem.LENGTH, null);
        }
        if (!s.matches("\\d{17}[\\dX]")) {
            throw new Invalid(Problem.CHARACTERS, null);
        }
        String body = s.substring(0, 17);
        birthDateOf(body);
        char expected = checkCharacter(body);
        if (s.charAt(17) != expected) {
            throw new Invalid(Problem.CHECK_DIGIT, expected);
        }
        return new ResidentIdNumber(s);
    }

    /** Full-width digits and letters to ASCII, lower-case x to X, spaces removed. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                c = (char) ('0' + (c - '\uFF10'));
            } else if (c == '\uFF38' || c == '\uFF58' || c == 'x') {
                c = 'X';
            }
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String body) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(body.substring(6, 10)), Integer.parseInt(body.substring(10, 12)),
                    Integer.parseInt(body.substring(12, 14)));
            if (date.getYear() < 1900 || date.isAfter(LocalDate.now().plusDays(1))) {
                throw new Invalid(Problem.BIRTH_DATE, null);
            }
            return date;
        } catch (DateTimeException e) {
            throw new Invalid(Problem.BIRTH_DATE, null);
        }
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDateOf(value.substring(0, 17));
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The six digits of the region that issued the number (not always where the person lives now). */
    public String issuingRegion() {
        return value.substring(0, 6);
    }

    /** For lists: the issuing region and the last four characters, the birth date hidden. */
    public String masked() {
        return Masks.idNumber(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
