package org.guanai.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.guanai.registry.account.Totp;
import org.guanai.registry.testsupport.MutableClock;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.postgresql.PGConnection;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Helpers shared by the MockMvc integration tests. */
public final class WebTestSupport {

    public static final String DEMO_PASSWORD = "Demo@2026";
    private static final AtomicInteger NEXT_IP = new AtomicInteger(1);

    private WebTestSupport() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        /** One clock for the whole test context, so a test can let a lock expire. */
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }
    }

    /** A fresh client address per test, so that the per-address login limit of one test never hits another. */
    public static RequestPostProcessor freshIp() {
        String ip = "10.77." + (NEXT_IP.get() / 250) + "." + (NEXT_IP.getAndIncrement() % 250 + 1);
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    public static RequestPostProcessor ip(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    /**
     * The PostgreSQL connection of the transaction in progress, where the statements it prepared on the server are
     * (decisions 037 and 039).
     */
    public static PGConnection transactionsConnection(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource); // the transaction keeps it
        }
    }

    /** What a request does that the test counts: a MockMvc call with its expectations. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /**
     * How many entities of {@code type} Hibernate loaded while {@code action} ran: its statistics are switched on
     * for the action only (the test context is shared, and off is the application's setting).
     */
    public static long loadsOf(EntityManagerFactory entityManagerFactory, Class<?> type, Action action)
            throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            action.run();
            return statistics.getEntityStatistics(type.getName()).getLoadCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    /**
     * A table's columns in their order, but the generated ones: what a copy of its rows writes (PostgreSQL makes those
     * itself and refuses them in an insert or a COPY).
     */
    public static List<String> writtenColumns(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_schema = "
                + "current_schema() and table_name = ? and is_generated = 'NEVER' order by ordinal_position",
                String.class, table);
    }

    public static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    public static MockHttpServletRequestBuilder loginRequest(
            String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }

    /** Logs in through the real login form and returns the session. */
    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        var result = mvc.perform(loginRequest(username, password).with(freshIp()))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /**
     * Logs in an account that must pass a second factor and has none yet (a new county office account): the login, the
     * enrolment with a code computed from the key the page shows (at {@code clock}'s time), as a person would.
     */
    public static MockHttpSession loginEnrollingSecondFactor(MockMvc mvc, String username, String password,
            Clock clock) throws Exception {
        var result = mvc.perform(loginRequest(username, password).with(freshIp()))
                .andExpect(redirectedUrl("/login/second-factor")).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        String page = mvc.perform(get("/account/second-factor/setup").session(session)).andReturn().getResponse()
                .getContentAsString();
        String secret = org.jsoup.Jsoup.parse(page).getElementById("totp-secret").text().replace(" ", "");
        mvc.perform(post("/account/second-factor/setup").session(session).with(csrf())
                .param("code", Totp.code(secret,
                        Totp.step(clock.instant()))));
        return session;
    }
}
