package org.guanai.registry.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Lists keep their filters in the query string; paging links rebuild it without the old cursor. */
public final class QueryStrings {

    private QueryStrings() {
    }

    public static String without(String query, String parameter) {
        if (query == null) {
            return "";
        }
        return Arrays.stream(query.split("&")).filter(p -> !p.startsWith(parameter + "="))
                .collect(Collectors.joining("&"));
    }
}
