package org.guanai.registry.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.guanai.registry.RegistryApplication;
import org.guanai.registry.TempTrees;
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
        Path dir = Files.createTempDirectory("restart-pg");
        Path data = dir.resolve("postgres");
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
            HttpSession browser = new HttpSession();
            browser.logIn(base, "longshan");
            assertThat(browser.get(base + "/").statusCode()).isEqualTo(200);

            app.getBean(EmbeddedPostgres.class).close();
            HttpResponse<String> down = browser.get(base + "/children");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(down.body()).contains("系统暂时无法连接数据库").doesNotContain("Exception").doesNotContain("at org.");

            restarted = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                    .setServerConfig("timezone", "UTC").start();
            long back = System.nanoTime();
            int status = 0;
            while (System.nanoTime() - back < RECOVERY_BUDGET.toNanos()) {
                status = browser.get(base + "/").statusCode();
                if (status == 200) {
                    break;
                }
                Thread.sleep(250);
            }
            long recoveredMs = (System.nanoTime() - back) / 1_000_000;
            System.out.printf("Database restart: first page served %d ms after PostgreSQL was back.%n", recoveredMs);
            // The same session: it lives in the database, which kept it across the restart.
            assertThat(status).isEqualTo(200);
            assertThat(browser.get(base + "/").body()).contains("id=\"home-scope\">龙山镇<");
        } finally {
            app.close();
            if (restarted != null) {
                restarted.close();
            }
            TempTrees.delete(dir);
        }
    }
}
