package org.guanai.registry.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The test {@link DataSource}: a small pool on the JVM's shared {@link TestPostgres}. Import it in every data test. */
@TestConfiguration(proxyBeanMethods = false)
// Never beside the embedded database of a run from the test classpath (the benchmarks), nor when a test names
// a server of its own with spring.datasource.url (the backup drill).
@ConditionalOnExpression("'${registry.embedded-db.enabled:true}' == 'false' and '${spring.datasource.url:}' == ''")
public class TestDatabaseConfiguration {

    /** {@code registry.test.database} names a separate database on the same server; by default the shared one. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${registry.test.database:}") String database) {
        TestPostgres.Connection db = database.isEmpty() ? TestPostgres.get() : TestPostgres.database(database);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        dataSource.setMaximumPoolSize(8);
        dataSource.setPoolName("test-" + db.provider());
        dataSource.addDataSourceProperty("prepareThreshold", "0"); // as in production: custom plans
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");

        return dataSource;
    }
}
