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
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanai.registry.RegistryApplication;
import org.guanai.registry.audit.AuditRetention;
import org.guanai.registry.testsupport.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one database, as behind the load balancer: a login on node A is valid on node B, a
 * logout on B ends it on A, and the nightly job fired on both runs once.
 */
class TwoNodesIT {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        // A first: it migrates the shared database and loads the demo county; B finds both done.
        nodeA = node("a");
        nodeB = node("b");
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void aLoginOnOneNodeIsValidOnTheOtherAndALogoutOnTheOtherEndsIt() throws Exception {
        // Cookies are not per port: one browser, as behind a load balancer that sends it to either node.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String a = base(nodeA);
        String b = base(nodeB);
        String login = get(browser, a + "/login").body();
        HttpResponse<String> loggedIn = post(browser, a + "/login", "username=longshan&password="
                + URLEncoder.encode("Demo@2026", StandardCharsets.UTF_8) + "&_csrf=" + csrf(login));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");

        HttpResponse<String> homeOnB = get(browser, b + "/");
        assertThat(homeOnB.statusCode()).isEqualTo(200);
        assertThat(homeOnB.body()).contains("id=\"home-scope\">龙山镇<");

        HttpResponse<String> loggedOut = post(browser, b + "/logout", "_csrf=" + csrf(homeOnB.body()));
        assertThat(loggedOut.statusCode()).isEqualTo(302);
        HttpResponse<String> homeOnA = get(browser, a + "/");
        assertThat(homeOnA.statusCode()).isEqualTo(302);
        assertThat(homeOnA.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void theNightlyJobFiredOnBothNodesAtOnceRunsOnce() {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        String purges = "select count(*) from audit_event where action = 'AUDIT_PURGED'";
        int before = jdbc.queryForObject(purges, Integer.class);
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> nodeA.getBean(AuditRetention.class).purgeNightly()),
                CompletableFuture.runAsync(() -> nodeB.getBean(AuditRetention.class).purgeNightly())).join();
        assertThat(jdbc.queryForObject(purges, Integer.class) - before).isEqualTo(1);
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(RegistryApplication.class, TestDatabaseConfiguration.class)
                .profiles("test")
                // Arguments, not default properties: they must win over application.properties' port.
                .run("--server.port=0", "--registry.test.database=two_nodes", "--spring.application.name=node-" + name,
                        // The test fires the job itself; the nodes' own schedulers stay off.
                        "--registry.scheduling.enabled=false");
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|name=\"csrf-token\"\\s+content=\"([^\"]+)\"")
                .matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String url, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
