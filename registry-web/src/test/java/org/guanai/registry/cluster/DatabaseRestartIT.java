package org.guanai.registry.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanai.registry.RegistryApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL restarts under a logged-in user: while it is away every request gets the Chinese 503 page (no stack
 * trace, within the pool's 5 s wait), and once it is back the application serves the same session again by
 * itself, well within 30 s. Uses the application's own embedded PostgreSQL, stopped and started on its data.
 */
class DatabaseRestartIT {

    static final Duration RECOVERY_BUDGET = Duration.ofSeconds(30);

    @Test
    void requestsGetTheChinesePageWhileTheDatabaseIsDownAndTheApplicationRecoversByItself() throws Exception {
        Path data = Files.createTempDirectory("restart-pg").resolve("postgres");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(RegistryApplication.class)
                .profiles("test")
                .run("--server.port=0", "--registry.embedded-db.enabled=true", "--registry.embedded-db.data-dir=" + data,
                        "--registry.embedded-db.port=" + port, "--registry.scheduling.enabled=false",
                        "--spring.application.name=restart-test");
        EmbeddedPostgres restarted = null;
        try {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            String login = get(browser, base + "/login").body();
            post(browser, base + "/login", "username=longshan&password="
                    + URLEncoder.encode("Demo@2026", StandardCharsets.UTF_8) + "&_csrf=" + csrf(login));
            assertThat(get(browser, base + "/").statusCode()).isEqualTo(200);

            app.getBean(EmbeddedPostgres.class).close();
            HttpResponse<String> down = get(browser, base + "/children");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(down.body()).contains("系统暂时无法连接数据库").doesNotContain("Exception").doesNotContain("at org.");

            restarted = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                    .setServerConfig("timezone", "UTC").start();
            long back = System.nanoTime();
            int status = 0;
            while (System.nanoTime() - back < RECOVERY_BUDGET.toNanos()) {
                status = get(browser, base + "/").statusCode();
                if (status == 200) {
                    break;
                }
                Thread.sleep(250);
            }
            long recoveredMs = (System.nanoTime() - back) / 1_000_000;
            System.out.printf("Database restart: first page served %d ms after PostgreSQL was back.%n", recoveredMs);
            // The same session: it lives in the database, which kept it across the restart.
            assertThat(status).isEqualTo(200);
            assertThat(get(browser, base + "/").body()).contains("id=\"home-scope\">龙山镇<");
        } finally {
            app.close();
            if (restarted != null) {
                restarted.close();
            }
        }
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String url, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
