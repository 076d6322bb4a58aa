package org.guanai.registry.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Where a page of rows ordered by a key and their id ends, as "key~id" text for a query string: the next page
 * starts after it (keyset paging). The inbox's key is a due time, a person's history's the time of a change, a
 * person's visits' the visit's date, a roster list's its sort key; each key's {@code toString} is read back
 * by its {@code parse}.
 */
public record KeysetCursor<K>(K key, long id) {

    public static String format(Object key, long id) {
        return key + "~" + id;
    }

    /** A page's rows and the cursor after its last row; null when no row follows. */
    public record Cut<T>(List<T> rows, String next) {
    }

    /**
     * The page of {@code size} rows in {@code read}, which holds one row more when more follow (so a page needs no
     * count), and the cursor after the page's last row.
     */
    public static <T> Cut<T> cut(List<T> read, int size, Function<T, ?> key, ToLongFunction<T> id) {
        if (read.size() <= size) {
            return new Cut<>(read, null);
        }
        T last = read.get(size - 1);
        return new Cut<>(read.subList(0, size), format(key.apply(last), id.applyAsLong(last)));
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
