package org.guanai.registry.shared;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default (demo) profile's database: a real PostgreSQL 17 started from the zonky binaries, its
 * data kept under {@code registry.embedded-db.data-dir} across restarts. Production sets
 * {@code registry.embedded-db.enabled=false} and uses {@code spring.datasource.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "registry.embedded-db.enabled", havingValue = "true")
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${registry.embedded-db.data-dir:data/postgres}") String dataDir,
            @Value("${registry.embedded-db.port:0}") int port,
            @Value("${registry.embedded-db.preload:}") String preload,
            @Value("${registry.embedded-db.shared-buffers:}") String sharedBuffers) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        // PostgreSQL's own log goes to a file beside its data. zonky's default pipes it to our log through the start
        // command's output, which Java closed at the first message after that command had exited: the rest was lost.
        File serverLog = logFileOf(dir).toFile();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
                .setServerConfig("timezone", "UTC");
        if (port > 0) {
            builder.setPort(port);
        }
        if (!preload.isBlank()) {
            // The load benchmark's floor: pg_stat_statements sums the SQL time of a request's statements.
            builder.setServerConfig("shared_preload_libraries", preload);
        }
        if (!sharedBuffers.isBlank()) {
            // PostgreSQL's default (128MB) suits the demo county; a province-sized set is read from the kernel's
            // cache page by page unless its working set fits (docs/operations.md, "Several application nodes").
            builder.setServerConfig("shared_buffers", sharedBuffers);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}, its log in {}", postgres.getPort(), dir, serverLog);
        return postgres;
    }

    /** PostgreSQL's log of a data directory: {@code data/postgres} logs to {@code data/postgres.log}. */
    static Path logFileOf(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("embedded");
        // While the database is away a request waits at most this long for a connection, then gets the
        // "database unavailable" page rather than hanging (the prod pool: spring.datasource.hikari.*).
        dataSource.setConnectionTimeout(5000);
        // Plan every statement with its actual values (see docs/decisions/007-custom-plans.md).
        dataSource.addDataSourceProperty("prepareThreshold", "0");
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }
}
