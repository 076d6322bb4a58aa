package org.guanai.registry.person;

import java.util.LinkedHashSet;
import java.util.Set;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.shared.LikePatterns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

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

    /**
     * Whether a name query in a scope of region codes starting with {@code scopePrefix} looks its grams up in the
     * {@code name_grams} index, or only compares the names of the scope's people. Two or more characters make
     * pairs that few names share, so the index pays everywhere. One common character does not: 王 is in 35,000
     * elders' names of a province, and reading them from the index cost 6-8 ms, while a county's 5,700 active
     * elders come with their names from its village index alone (V20) in about 1 ms. A prefecture or province
     * still takes the index: its people are too many to compare one by one (docs/performance-history.md).
     */
    static boolean lookedUpInIndex(String query, String scopePrefix) {
        return query.strip().codePointCount(0, query.strip().length()) > 1
                || scopePrefix.length() < RegionLevel.COUNTY.significantDigits();
    }

    /**
     * The condition on the person table of {@code alias} for names containing {@code query}, in a scope of region
     * codes starting with {@code scopePrefix}: the grams from the index where it pays, then the exact substring.
     * Its values go into {@code params}.
     */
    public static String nameContains(String alias, String query, String scopePrefix,
            MapSqlParameterSource params) {
        StringBuilder condition = new StringBuilder();
        if (lookedUpInIndex(query, scopePrefix)) {
            condition.append(" and ").append(alias).append(".name_grams @> string_to_array(:grams, ',')");
            params.addValue("grams", of(query));
        }
        params.addValue("name", LikePatterns.containing(query));
        return condition.append(" and ").append(alias).append(".name like :name").toString();
    }
}
