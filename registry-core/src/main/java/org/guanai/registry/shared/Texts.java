package org.guanai.registry.shared;

import java.util.function.Supplier;

/** Free text as the forms send it: surrounding white space dropped, and nothing typed stored as null. */
public final class Texts {

    private Texts() {
    }

    /** {@code s} without surrounding white space, or null when it is null or blank. */
    public static String strippedOrNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * {@code s} stripped (null when blank), refused with {@code refusal} when longer than {@code max} or, when
     * {@code required}, blank.
     */
    public static String checked(String s, int max, boolean required, Supplier<? extends RuntimeException> refusal) {
        String t = strippedOrNull(s);
        if ((t == null && required) || (t != null && t.length() > max)) {
            throw refusal.get();
        }
        return t;
    }
}
