package org.guanai.registry.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.guanai.registry.shared.PreparedOnServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A session's last access is written to PostgreSQL at most once every {@link #EVERY}, not on every request:
 * the session filter marks each request's session as accessed, and the JDBC store answered that with an
 * UPDATE and a commit per page (decision 015). A session idle for its 30 minutes may therefore end up
 * to a minute early; anything else that changes a session (its attributes, a new id at login) is written as
 * before. Wraps Spring Boot's JDBC session repository as it is created (decision 015).
 *
 * <p>Every request of a logged-in session reads its session: one SELECT of the session and its attributes, which
 * needs no transaction. The JDBC store ran it in one of its own (the JPA transaction manager's: an entity manager,
 * BEGIN and COMMIT), about half of the read's time; its reads and its clean-up (one statement each) now run outside
 * any, and what writes a session (several statements) runs here in a transaction of its own, as before (decision 035).
 * A session with nothing to write opens no transaction: the filter saves the session at the end of every request,
 * and the JPA transaction manager's empty transaction was a tenth of a trivial request's Java (docs/performance.md).
 */
@Component
class SessionTouches implements BeanPostProcessor {

    static final Duration EVERY = Duration.ofMinutes(1);

    private final ObjectProvider<PlatformTransactionManager> transactionManager;
    private final ObjectProvider<DataSource> dataSource;

    SessionTouches(ObjectProvider<PlatformTransactionManager> transactionManager, ObjectProvider<DataSource> dataSource) {
        this.transactionManager = transactionManager;
        this.dataSource = dataSource;
    }

    /**
     * Spring Session's JDBC configuration, before it makes the repository: no transaction around its statements, and
     * those statements prepared on the server (decision 037), on the connection of a transaction in progress.
     */
    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcHttpSessionConfiguration configuration) {
            configuration.setTransactionOperations(TransactionOperations.withoutTransaction());
            ObjectProvider<DataSource> prepared = new StaticListableBeanFactory(
                    Map.of("sessionDataSource", PreparedOnServer.dataSource(dataSource.getObject())))
                    .getBeanProvider(DataSource.class);
            configuration.setDataSource(prepared, prepared);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JdbcIndexedSessionRepository jdbc)) {
            return bean;
        }
        TransactionTemplate writes = new TransactionTemplate(transactionManager.getObject());
        writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new Repository(jdbc, writes);
    }

    /** The JDBC repository, handing out sessions whose last access moves only once a minute. */
    private static final class Repository implements FindByIndexNameSessionRepository<Session> {

        // Raw: the JDBC store's session class is not public, so its sessions are held as Session.
        @SuppressWarnings("rawtypes")
        private final FindByIndexNameSessionRepository store;
        private final TransactionTemplate writes;

        Repository(JdbcIndexedSessionRepository store, TransactionTemplate writes) {
            this.store = store;
            this.writes = writes;
        }

        @Override
        public Session createSession() {
            return new Touched((Session) store.createSession(), true);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void save(Session session) {
            Touched touched = (Touched) session;
            if (touched.changed) {
                writes.executeWithoutResult(status -> store.save(touched.stored));
                touched.changed = false;
            }
        }

        @Override
        public Session findById(String id) {
            Session stored = (Session) store.findById(id);
            return stored == null ? null : new Touched(stored, false);
        }

        @Override
        public void deleteById(String id) {
            writes.executeWithoutResult(status -> store.deleteById(id));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, Session> found = store.findByIndexNameAndIndexValue(indexName, indexValue);
            return found.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> new Touched(e.getValue(), false)));
        }
    }

    /**
     * A stored session and whether it has anything to write: it is new, or one of its attributes, its id, its
     * lifetime or (once a minute) its last access was set. As the JDBC store, an attribute's object changed in place
     * is not written (its save mode: on setting an attribute).
     */
    private static final class Touched implements Session {

        final Session stored;
        boolean changed;

        Touched(Session stored, boolean changed) {
            this.stored = stored;
            this.changed = changed;
        }

        @Override
        public void setLastAccessedTime(Instant at) {
            if (!at.isBefore(stored.getLastAccessedTime().plus(EVERY))) {
                stored.setLastAccessedTime(at);
                changed = true;
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        /** Without {@link SessionAccountState#ATTRIBUTE}: read with the session, not one of its attributes. */
        @Override
        public Set<String> getAttributeNames() {
            Set<String> names = stored.getAttributeNames();
            if (!names.contains(SessionAccountState.ATTRIBUTE)) {
                return names;
            }
            Set<String> attributes = new HashSet<>(names);
            attributes.remove(SessionAccountState.ATTRIBUTE);
            return attributes;
        }

        /** {@link SessionAccountState#ATTRIBUTE} is never written: it is the account as it is at each read. */
        @Override
        public void setAttribute(String name, Object value) {
            if (SessionAccountState.ATTRIBUTE.equals(name)) {
                return;
            }
            changed = true;
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
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
            changed = true;
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
