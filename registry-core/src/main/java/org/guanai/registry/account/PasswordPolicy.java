package org.guanai.registry.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Password rules a 等保 level-3 assessor accepts: at least 8 characters from at least three of the four
 * classes (upper case, lower case, digits, symbols), not containing the username, not a common password or a listed
 * word dressed with digits and symbols, not mostly keyboard or number runs ({@link CommonPasswords}). At most 64
 * characters and 72 UTF-8 bytes, because bcrypt ignores what lies beyond.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    /** Each violation is also the message key suffix: {@code password.policy.TOO_SHORT} … */
    public enum Violation {
        TOO_SHORT, TOO_LONG, TOO_FEW_CLASSES, CONTAINS_USERNAME, COMMON, SEQUENCE
    }

    private PasswordPolicy() {
    }

    public static List<Violation> check(String username, String password) {
        List<Violation> violations = new ArrayList<>();
        String pw = password == null ? "" : password;
        if (pw.length() < MIN_LENGTH) {
            violations.add(Violation.TOO_SHORT);
        }
        if (pw.length() > MAX_LENGTH || pw.getBytes(StandardCharsets.UTF_8).length > 72) {
            violations.add(Violation.TOO_LONG);
        }
        if (characterClasses(pw) < 3) {
            violations.add(Violation.TOO_FEW_CLASSES);
        }
        if (username != null && !username.isBlank()
                && pw.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            violations.add(Violation.CONTAINS_USERNAME);
        }
        if (CommonPasswords.isCommon(pw)) {
            violations.add(Violation.COMMON);
        } else if (CommonPasswords.isSequence(pw)) {
            violations.add(Violation.SEQUENCE);
        }
        return violations;
    }

    /** Refuses a password that breaks the policy, naming the first rule it breaks on {@code field}. */
    public static void require(String username, String password, String field) {
        List<Violation> violations = check(username, password);
        if (!violations.isEmpty()) {
            throw new AccountException("password.policy." + violations.get(0).name(), field);
        }
    }

    static int characterClasses(String pw) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < pw.length(); i++) {
            char c = pw.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
