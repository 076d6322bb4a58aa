package org.guanai.registry.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The test {@link DataSource}: a small pool on the JVM's shared {@link TestPostgres}. Import it in every data test. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource() {
        TestPostgres.Connection db = TestPostgres.get();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        dataSource.setMaximumPoolSize(8);
        dataSource.setPoolName("test-" + db.provider());
        return dataSource;
    }
}
