package org.guanai.registry.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Lists keep their filters in the query string; paging and sorting links rebuild it without some
 * parameters. The result ends with {@code &} when it is not empty, ready for one more parameter.
 */
public final class QueryStrings {

    private QueryStrings() {
    }

    public static String without(HttpServletRequest request, String... excluded) {
        Set<String> skip = Set.of(excluded);
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (skip.contains(parameter.getKey()) || parameter.getKey().startsWith("_")) {
                continue;
            }
            for (String value : parameter.getValue()) {
                if (!value.isEmpty()) {
                    query.append(encode(parameter.getKey())).append('=').append(encode(value)).append('&');
                }
            }
        }
        return query.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
