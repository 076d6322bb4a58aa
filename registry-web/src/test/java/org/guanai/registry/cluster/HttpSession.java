package org.guanai.registry.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser, for the tests that run real application nodes: one cookie jar (cookies are not
 * per port, so it is sent to every node, as behind a load balancer), no redirects followed, CSRF from the page.
 */
final class HttpSession {

    private static final Pattern CSRF = Pattern.compile(
            "name=\"_csrf\"\\s+value=\"([^\"]+)\"|name=\"csrf-token\"\\s+content=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** Logs in on the node at {@code base} with the demo password; returns the login's answer. */
    HttpResponse<String> logIn(String base, String username) throws Exception {
        String page = get(base + "/login").body();
        return post(base + "/login", "username=" + username + "&password="
                + URLEncoder.encode("Demo@2026", StandardCharsets.UTF_8) + "&_csrf=" + csrf(page));
    }

    HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of a page: a form's hidden field, or the layout's meta tag. */
    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
