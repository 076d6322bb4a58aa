package org.guanai.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's embedded PostgreSQL keeps its own log beside its data. Through zonky's default pipe only the first
 * message after the start reached the application's log: Java closed the pipe then, the start command having exited.
 */
class EmbeddedDatabaseLogTest {

    @Test
    void everyErrorOfTheServerIsInItsLogFileBesideItsData(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(data.toString(), 0, "", "");
                Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String column : new String[] {"first_missing_column", "second_missing_column"}) {
                assertThatThrownBy(() -> statement.execute("select " + column)).isInstanceOf(SQLException.class);
            }
        }
        Path log = EmbeddedDatabaseConfiguration.logFileOf(data);
        assertThat(log).isEqualTo(folder.resolve("postgres.log"));
        assertThat(Files.readString(log)).contains("first_missing_column").contains("second_missing_column");
    }
}
