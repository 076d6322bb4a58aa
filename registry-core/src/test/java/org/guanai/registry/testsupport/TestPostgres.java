package org.guanai.registry.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL 17 per test JVM, shared by every Spring context of the run: from Testcontainers
 * when a Docker engine answers, otherwise from the zonky embedded binaries (the build machines have no
 * Docker). {@code -Dregistry.test.db=embedded|testcontainers} forces one.
 */
public final class TestPostgres {

    public record Connection(String jdbcUrl, String username, String password, String provider) {
    }

    private static Connection connection;

    private TestPostgres() {
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    /**
     * A separate, empty database on the same server, for tests that need a database in a state the
     * shared one has left (e.g. no administrator yet). Created on first use.
     */
    public static synchronized Connection database(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name: " + name);
        }
        Connection main = get();
        try (java.sql.Connection c = DriverManager.getConnection(main.jdbcUrl(), main.username(),
                main.password()); Statement st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                st.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        int slash = main.jdbcUrl().lastIndexOf('/');
        int query = main.jdbcUrl().indexOf('?', slash);
        String url = main.jdbcUrl().substring(0, slash + 1) + name + (query < 0 ? "" : main.jdbcUrl().substring(query));
        return new Connection(url, main.username(), main.password(), main.provider());
    }

    private static Connection start() {
        String forced = System.getProperty("registry.test.db", System.getenv().getOrDefault("REGISTRY_TEST_DB", ""));
        boolean docker = switch (forced) {
            case "embedded" -> false;
            case "testcontainers" -> true;
            default -> dockerAvailable();
        };
        return docker ? startContainer() : startEmbedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "testcontainers");
    }

    private static Connection startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data directory goes with it
                }
            }));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
        }
    }
}
