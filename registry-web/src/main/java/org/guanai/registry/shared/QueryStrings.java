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

    /** The filters as a person reads them ({@code q=张三 town=522730100000}), for an audit row; empty without any. */
    public static String readable(HttpServletRequest request) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().startsWith("_") || parameter.getKey().equals("after")) {
                continue;
            }
            for (String value : parameter.getValue()) {
                if (!value.isBlank()) {
                    text.append(text.isEmpty() ? "" : " ").append(parameter.getKey()).append('=').append(value.strip());
                }
            }
        }
        return text.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
