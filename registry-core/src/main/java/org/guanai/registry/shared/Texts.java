package org.guanai.registry.shared;

/** Free text as the forms send it: surrounding white space dropped, and nothing typed stored as null. */
public final class Texts {

    private Texts() {
    }

    /** {@code s} without surrounding white space, or null when it is null or blank. */
    public static String strippedOrNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
