package org.guanai.registry.shared;

import java.util.function.Function;

/**
 * Where a page of rows ordered by a key and their id ends, as "key~id" text for a query string: the next page
 * starts after it (keyset paging). The inbox's key is a due time, a person's history's the time of a change, a
 * person's visits' the visit's date, the elders' list's the sort key; each key's {@code toString} is read back
 * by its {@code parse}.
 */
public record KeysetCursor<K>(K key, long id) {

    public static String format(Object key, long id) {
        return key + "~" + id;
    }

    /** The cursor in {@code text}; null when there is none or it is damaged, so that paging starts again. */
    public static <K> KeysetCursor<K> parse(String text, Function<String, K> key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int sep = text.lastIndexOf('~');
        try {
            return new KeysetCursor<>(key.apply(text.substring(0, sep)), Long.parseLong(text.substring(sep + 1)));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
