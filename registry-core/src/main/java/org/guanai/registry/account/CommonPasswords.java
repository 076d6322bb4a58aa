package org.guanai.registry.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Guessable passwords, refused whatever the character classes say ({@code Password1!} has all four): the 30,000 most
 * common passwords of leaked sets and the most common Chinese ones ({@code passwords/common-passwords.txt}, its
 * source in its head), and passwords made mostly of keyboard or number runs ({@code Qwer1234!}, {@code 1qaz@WSX}).
 */
final class CommonPasswords {

    /** The rows and columns of a US keyboard (the one Chinese offices use), and the digits in order. */
    private static final String[] KEYBOARD = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz", "2wsx",
            "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik,", "9ol.", "0p;/", "abcdefghijklmnopqrstuvwxyz"};
    /** The shifted digit keys, read as their digits ({@code !@#$} is {@code 1234} typed with shift). */
    private static final String SHIFTED = "!@#$%^&*()";
    /** A password whose runs cover this share of its characters is a pattern, not a secret. */
    private static final double RUN_SHARE = 0.75;
    private static final int SHORTEST_RUN = 3;

    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    /**
     * True when the password is on the list, with symbols around it ({@code Qq123456!}), or is a listed word with digits
     * and symbols around it ({@code Password1!}, {@code Welcome@2026}): the first things anyone guesses.
     */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String withoutSymbols = lower.replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
        String word = lower.replaceAll("^[^a-z]+|[^a-z]+$", "");
        return LIST.contains(lower) || LIST.contains(withoutSymbols) || word.length() >= 4 && LIST.contains(word);
    }

    /** True when keyboard runs, number runs and repeated characters make up most of the password. */
    static boolean isSequence(String password) {
        String s = unshift(password.toLowerCase(Locale.ROOT));
        int covered = 0;
        int start = 0;
        for (int i = 1; i <= s.length(); i++) {
            if (i == s.length() || !adjacent(s.charAt(i - 1), s.charAt(i))) {
                if (i - start >= SHORTEST_RUN) {
                    covered += i - start;
                }
                start = i;
            }
        }
        return !s.isEmpty() && covered >= RUN_SHARE * s.length();
    }

    private static boolean adjacent(char a, char b) {
        if (a == b) {
            return true;
        }
        for (String line : KEYBOARD) {
            int i = line.indexOf(a);
            int j = line.indexOf(b);
            if (i >= 0 && j >= 0 && Math.abs(i - j) == 1) {
                return true;
            }
        }
        return false;
    }

    private static String unshift(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = SHIFTED.indexOf(c);
            out.append(i < 0 ? c : "1234567890".charAt(i));
        }
        return out.toString();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(40_000);
        try (InputStream in = CommonPasswords.class.getResourceAsStream("/passwords/common-passwords.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }

    static int size() {
        return LIST.size();
    }
}
