package org.guanai.registry.person;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The grams a name query must find in {@code name_grams} (see V4__name_grams.sql): the character
 * itself for one character, every pair for more. Comma-separated for {@code string_to_array}.
 */
public final class NameGrams {

    private NameGrams() {
    }

    public static String of(String query) {
        String q = query.replace(",", "").strip();
        Set<String> grams = new LinkedHashSet<>();
        int[] cps = q.codePoints().toArray();
        if (cps.length == 1) {
            grams.add(q);
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return String.join(",", grams);
    }
}
