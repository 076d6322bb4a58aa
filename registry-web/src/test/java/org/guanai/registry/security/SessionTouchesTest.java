package org.guanai.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.guanai.registry.shared.PreparedOnServer;
import org.guanai.registry.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The session store as SessionTouches wraps it, on PostgreSQL: a session is written, in a transaction of its own,
 * only when it has something to write; a request that reads its session and changes nothing opens no transaction; its
 * statements are prepared on the server and run on the connection of the transaction in progress.
 */
class SessionTouchesTest {

    static HikariDataSource dataSource;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        // One connection: its prepared statements are the store's.
        dataSource = sessionDatabase("session_touches_test", 1);
        jdbc = new JdbcTemplate(dataSource);
    }

    /** A database of its own named {@code name}, with Spring Session's tables, empty; a pool of {@code connections}. */
    static HikariDataSource sessionDatabase(String name, int connections) {
        TestPostgres.Connection db = TestPostgres.database(name);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(db.jdbcUrl());
        pool.setUsername(db.username());
        pool.setPassword(db.password());
        pool.setMaximumPoolSize(connections);
        pool.setConnectionTimeout(2000);
        pool.addDataSourceProperty("prepareThreshold", "0"); // as in production: custom plans
        ResourceDatabasePopulator schema = new ResourceDatabasePopulator(
                new ClassPathResource("org/springframework/session/jdbc/schema-drop-postgresql.sql"),
                new ClassPathResource("org/springframework/session/jdbc/schema-postgresql.sql"));
        schema.setIgnoreFailedDrops(true);
        schema.execute(pool);
        return pool;
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    /** The transaction manager of the application, counting the transactions begun. */
    static final class Counting extends DataSourceTransactionManager {
        final AtomicInteger begun = new AtomicInteger();

        Counting() {
            super(dataSource);
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            begun.incrementAndGet();
            super.doBegin(transaction, definition);
        }
    }

    @SuppressWarnings("unchecked")
    static FindByIndexNameSessionRepository<Session> sessions(Counting transactions) {
        SessionTouches touches = new SessionTouches(
                new StaticListableBeanFactory(Map.of("tm", (PlatformTransactionManager) transactions))
                        .getBeanProvider(PlatformTransactionManager.class),
                new StaticListableBeanFactory(Map.of("ds", (DataSource) dataSource)).getBeanProvider(DataSource.class));
        // As Spring Session's configuration makes it, given the data source SessionTouches gives it.
        JdbcIndexedSessionRepository store = new JdbcIndexedSessionRepository(
                new JdbcTemplate(PreparedOnServer.dataSource(dataSource)), TransactionOperations.withoutTransaction());
        return (FindByIndexNameSessionRepository<Session>) touches.postProcessAfterInitialization(store,
                "sessionRepository");
    }

    @Test
    void aSessionIsWrittenOnlyWhenItHasSomethingToWrite() {
        Counting transactions = new Counting();
        var sessions = sessions(transactions);

        Session created = sessions.createSession();
        created.setAttribute("a", "1");
        sessions.save(created);
        assertThat(transactions.begun).as("a new session is written").hasValue(1);

        Session read = sessions.findById(created.getId());
        Instant firstAccess = read.getLastAccessedTime();
        read.setLastAccessedTime(firstAccess.plusSeconds(30));
        assertThat((String) read.getAttribute("a")).isEqualTo("1");
        sessions.save(read);
        assertThat(transactions.begun).as("read, accessed within the minute: nothing to write").hasValue(1);

        read.setAttribute("b", "2");
        sessions.save(read);
        assertThat(transactions.begun).hasValue(2);
        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes where attribute_name = 'b'",
                Long.class)).isEqualTo(1);
        sessions.save(read);
        assertThat(transactions.begun).as("saved once, written once").hasValue(2);

        Session later = sessions.findById(created.getId());
        later.setLastAccessedTime(firstAccess.plusSeconds(61));
        sessions.save(later);
        assertThat(transactions.begun).as("a minute on, the last access is written").hasValue(3);
        assertThat(jdbc.queryForObject("select last_access_time from spring_session", Long.class))
                .isEqualTo(firstAccess.plusSeconds(61).toEpochMilli());

        Session renamed = sessions.findById(created.getId());
        String newId = renamed.changeSessionId();
        sessions.save(renamed);
        assertThat(transactions.begun).as("a new id (a login) is written").hasValue(4);
        assertThat(sessions.findById(newId)).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from pg_prepared_statements where statement like "
                + "'%FROM SPRING_SESSION S%'", Long.class)).as("the session's read, prepared on the server").isEqualTo(1);
    }

    /** The store's statements run on the connection of the transaction in progress (its writes' own): atomic. */
    @Test
    void theStoresStatementsArePartOfTheTransactionInProgress() {
        Counting transactions = new Counting();
        Session created = sessions(transactions).createSession();
        sessions(transactions).save(created);
        TransactionStatus own = transactions.getTransaction(TransactionDefinition.withDefaults());
        // On the transaction's connection (the pool's only one: another would wait), so rolled back with it.
        new JdbcTemplate(PreparedOnServer.dataSource(dataSource)).update(
                "update spring_session set max_inactive_interval = 1 where session_id = ?", created.getId());
        transactions.rollback(own);
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
                Integer.class, created.getId())).isNotEqualTo(1);
    }
}
