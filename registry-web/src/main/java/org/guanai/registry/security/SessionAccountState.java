package org.guanai.registry.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.guanai.registry.account.SessionState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The account's state as it is now, read by the same statement as the session (decision 043): what every request
 * of a logged-in session checks (enabled, the session epoch, a password to change) had been a statement of its
 * own, a second round trip to PostgreSQL on every request. The session store's read adds it as one more attribute
 * row, {@link #ATTRIBUTE}, whose bytes are this class's text rather than a serialized object; it is read, never
 * stored ({@link SessionTouches} ignores it on writes and leaves it out of the session's attribute names).
 * A session the store did not read (a new one, or one whose principal name is no account's) has none, and
 * {@link AccountSessionFilter} then reads the account itself, as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionAccountState {

    static final String ATTRIBUTE = "registry.accountState";

    /** Starts the state's bytes; a serialized Java object starts with 0xACED, so the two cannot be mistaken. */
    private static final String MARK = "registry-account-state:";
    private static final byte[] MARK_BYTES = MARK.getBytes(StandardCharsets.US_ASCII);

    /**
     * Spring Session's own read (its columns, by the session's id), each attribute row as before, and the account
     * whose username the session's principal name is ({@code account_username_uq} is on {@code lower(username)}).
     */
    private static final String GET_SESSION_QUERY = """
            SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL,
                SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
            FROM %TABLE_NAME% S
            LEFT JOIN LATERAL (
                SELECT A.ATTRIBUTE_NAME, A.ATTRIBUTE_BYTES
                FROM %TABLE_NAME%_ATTRIBUTES A
                WHERE A.SESSION_PRIMARY_ID = S.PRIMARY_ID
                UNION ALL
                SELECT '{attribute}', convert_to('{mark}' || a.id || ':'
                    || a.enabled::int || ':' || a.session_epoch || ':' || a.must_change_password::int, 'UTF8')
                FROM account a
                WHERE lower(a.username) = lower(S.PRINCIPAL_NAME)
            ) SA ON true
            WHERE S.SESSION_ID = ?
            """.replace("{attribute}", ATTRIBUTE).replace("{mark}", MARK);

    /** The state of the account {@code accountId}, as read with the session. */
    record Read(long accountId, SessionState state) {
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> accountStateReadWithTheSession() {
        return repository -> repository.setGetSessionQuery(GET_SESSION_QUERY);
    }

    /** True for the bytes of {@link #ATTRIBUTE}, which the session store's conversion hands to {@link #parse}. */
    static boolean marks(byte[] bytes) {
        return bytes.length >= MARK_BYTES.length
                && Arrays.equals(bytes, 0, MARK_BYTES.length, MARK_BYTES, 0, MARK_BYTES.length);
    }

    static Read parse(byte[] bytes) {
        String[] parts = new String(bytes, StandardCharsets.US_ASCII).substring(MARK.length()).split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an account state: " + new String(bytes, StandardCharsets.US_ASCII));
        }
        return new Read(Long.parseLong(parts[0]),
                new SessionState("1".equals(parts[1]), Integer.parseInt(parts[2]), "1".equals(parts[3])));
    }

    /**
     * The state read with this request's session for the account {@code accountId}; empty when the session was not
     * read with one, or with another account's (a username given to another account since the login).
     */
    static Optional<SessionState> of(HttpSession session, long accountId) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Read read && read.accountId() == accountId
                ? Optional.of(read.state())
                : Optional.empty();
    }
}
