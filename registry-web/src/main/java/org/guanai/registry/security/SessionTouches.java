package org.guanai.registry.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * A session's last access is written to PostgreSQL at most once every {@link #EVERY}, not on every request:
 * the session filter marks each request's session as accessed, and the JDBC store answered that with an
 * UPDATE and a commit per page (decision 015). A session idle for its 30 minutes may therefore end up
 * to a minute early; anything else that changes a session (its attributes, a new id at login) is written as
 * before. Wraps Spring Boot's JDBC session repository as it is created (decision 015).
 */
@Component
class SessionTouches implements BeanPostProcessor {

    static final Duration EVERY = Duration.ofMinutes(1);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof JdbcIndexedSessionRepository jdbc ? new Repository(jdbc) : bean;
    }

    /** The JDBC repository, handing out sessions whose last access moves only once a minute. */
    private static final class Repository implements FindByIndexNameSessionRepository<Session> {

        // Raw: the JDBC store's session class is not public, so its sessions are held as Session.
        @SuppressWarnings("rawtypes")
        private final FindByIndexNameSessionRepository store;

        Repository(JdbcIndexedSessionRepository store) {
            this.store = store;
        }

        @Override
        public Session createSession() {
            return new Touched((Session) store.createSession());
        }

        @Override
        @SuppressWarnings("unchecked")
        public void save(Session session) {
            store.save(((Touched) session).stored);
        }

        @Override
        public Session findById(String id) {
            Session stored = (Session) store.findById(id);
            return stored == null ? null : new Touched(stored);
        }

        @Override
        public void deleteById(String id) {
            store.deleteById(id);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, Session> found = store.findByIndexNameAndIndexValue(indexName, indexValue);
            return found.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> new Touched(e.getValue())));
        }
    }

    private record Touched(Session stored) implements Session {

        @Override
        public void setLastAccessedTime(Instant at) {
            if (!at.isBefore(stored.getLastAccessedTime().plus(EVERY))) {
                stored.setLastAccessedTime(at);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
