package org.guanai.registry.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Requests of one session at once, on one node or on both, may each add the same attribute (a new session's
 * pages each making its CSRF token). The JDBC store added an attribute with a plain INSERT, so all but the first
 * failed on the attributes' key and their users got an error page; Spring Session's PostgreSQL statements add
 * it with {@code INSERT … ON CONFLICT DO UPDATE}, and the last one written stands.
 */
@Configuration(proxyBeanMethods = false)
class ConcurrentSessionWrites {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesAddedByUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
