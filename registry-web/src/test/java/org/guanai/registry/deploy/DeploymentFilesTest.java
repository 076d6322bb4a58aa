package org.guanai.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files as a county's operator gets them: docker-compose.yml parses, runs the database, two nodes and
 * nginx with the named volume, keeps secure cookies on, lets the application trust only nginx's forwarded address,
 * and runs it as the application role; nginx serves TLS only, with HSTS, and replaces the client's X-Forwarded-For.
 * (The build machines have no Docker engine; where one answers, CI also runs {@code docker compose config}.)
 */
class DeploymentFilesTest {

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docker-compose.yml above the working directory").isNotNull();
        return dir;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void theComposeFileParsesAndRunsTheDatabaseTwoNodesAndNginx() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(root().resolve("docker-compose.yml")));
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsOnlyKeys("db", "app-a", "app-b", "nginx");
        assertThat(map(compose.get("volumes"))).containsKey("registry-db");
        assertThat((List<String>) map(services.get("db")).get("volumes")).contains("registry-db:/var/lib/postgresql/data");

        for (String node : List.of("app-a", "app-b")) {
            Map<String, Object> env = map(map(services.get(node)).get("environment"));
            assertThat(env).as(node).doesNotContainKey("REGISTRY_SECURE_COOKIE")
                    .containsEntry("SPRING_PROFILES_ACTIVE", "prod")
                    .containsEntry("SPRING_DATASOURCE_USERNAME", "registry_app")
                    .containsEntry("SPRING_FLYWAY_USER", "registry_owner")
                    .containsKey("REGISTRY_MFA_SECRET_KEY");
            // The one address whose X-Forwarded-For the nodes believe is nginx's own.
            String nginxAddress = (String) map(map(map(services.get("nginx")).get("networks")).get("registry"))
                    .get("ipv4_address");
            assertThat(env.get("REGISTRY_TRUSTED_PROXIES")).as(node).isEqualTo(nginxAddress.replace(".", "\\."));
        }
        assertThat((List<String>) map(services.get("nginx")).get("ports")).containsExactlyInAnyOrder("443:443", "80:80");
        assertThat((List<String>) map(services.get("app-a")).get("ports")).as("nodes are reached through nginx only")
                .isNull();
    }

    @Test
    void nginxServesTlsOnlyWithHstsAndSetsTheForwardedAddressItself() throws IOException {
        String conf = Files.readString(root().resolve("deploy/nginx.conf"));
        assertThat(conf).contains("listen 443 ssl").contains("return 301 https://$host$request_uri;")
                .contains("Strict-Transport-Security \"max-age=31536000\" always")
                .contains("proxy_set_header X-Forwarded-For $remote_addr;")
                .doesNotContain("$proxy_add_x_forwarded_for");
    }
}
