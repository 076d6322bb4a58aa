package org.guanai.registry.account;

import java.security.SecureRandom;

/** Generates the one-time passwords an administrator hands over; they satisfy {@link PasswordPolicy}. */
final class TemporaryPasswords {

    // No look-alikes (0/O, 1/l/I): the password is read out or copied by hand.
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "@#%+=?";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    /**
     * A password the policy accepts for {@code username}. Random characters now and then make a run the policy refuses
     * (2345, abcd, a keyboard row) or hold the name: such a draw is drawn again.
     */
    static String generate(String username) {
        String password;
        do {
            password = draw();
        } while (!PasswordPolicy.check(username, password).isEmpty());
        return password;
    }

    private static String draw() {
        char[] chars = new char[12];
        chars[0] = pick(UPPER);
        chars[1] = pick(LOWER);
        chars[2] = pick(DIGITS);
        chars[3] = pick(SYMBOLS);
        for (int i = 4; i < chars.length; i++) {
            chars[i] = pick(ALL);
        }
        for (int i = chars.length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char t = chars[i];
            chars[i] = chars[j];
            chars[j] = t;
        }
        return new String(chars);
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }
}
