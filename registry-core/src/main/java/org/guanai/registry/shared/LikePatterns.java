package org.guanai.registry.shared;

/** Text typed into a search, made literal inside a SQL {@code like} pattern (the default escape, backslash). */
public final class LikePatterns {

    private LikePatterns() {
    }

    public static String startingWith(String text) {
        return escaped(text) + "%";
    }

    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
