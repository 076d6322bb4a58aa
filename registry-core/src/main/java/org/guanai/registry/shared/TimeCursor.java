package org.guanai.registry.shared;

import java.time.Instant;

/**
 * Where a page of rows ordered by a time and their id ends, as "instant~id" text for a query string: the next
 * page starts after it (keyset paging). Used by the inbox (due time) and a person's history (time of change).
 */
public record TimeCursor(Instant at, long id) {

    public static String format(Instant at, long id) {
        return at + "~" + id;
    }

    /** The cursor in {@code text}; null when there is none or it is damaged, so that paging starts again. */
    public static TimeCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int sep = text.lastIndexOf('~');
        try {
            return new TimeCursor(Instant.parse(text.substring(0, sep)), Long.parseLong(text.substring(sep + 1)));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
