package org.guanai.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.guanai.registry.account.AccountSnapshot;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SessionState;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.shared.PreparedOnServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The account's state read by the session's own statement (decision 043), on PostgreSQL: each read of a session
 * carries the account as it is at that read, never as stored with the session; the state is not one of the session's
 * attributes and is never written; and a request whose session carries its account's state reads no account apart.
 */
class SessionAccountStateTest {

    static HikariDataSource dataSource;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        dataSource = SessionTouchesTest.sessionDatabase("session_account_state_test", 2);
        jdbc = new JdbcTemplate(dataSource);
        // The columns of V1's account that the session's read names, with its unique index.
        jdbc.execute("drop table if exists account");
        jdbc.execute("create table account (id bigint primary key, username varchar(40) not null, "
                + "enabled boolean not null, session_epoch int not null, must_change_password boolean not null)");
        jdbc.execute("create unique index account_username_uq on account (lower(username))");
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @AfterEach
    void clear() {
        jdbc.update("delete from spring_session");
        jdbc.update("delete from account");
        SecurityContextHolder.clearContext();
    }

    /** The store as the application makes it: its read, its conversion, wrapped by SessionTouches. */
    @SuppressWarnings("unchecked")
    static FindByIndexNameSessionRepository<Session> sessions() {
        JdbcIndexedSessionRepository store = new JdbcIndexedSessionRepository(
                new JdbcTemplate(PreparedOnServer.dataSource(dataSource)), TransactionOperations.withoutTransaction());
        new SessionAccountState().accountStateReadWithTheSession().customize(store);
        new UnreadableSessionAttributes().unreadableAttributesReadAsAbsent().customize(store);
        SessionTouches touches = new SessionTouches(
                new StaticListableBeanFactory(Map.of("tm",
                        (PlatformTransactionManager) new DataSourceTransactionManager(dataSource)))
                        .getBeanProvider(PlatformTransactionManager.class),
                new StaticListableBeanFactory(Map.of("ds", (DataSource) dataSource)).getBeanProvider(DataSource.class));
        return (FindByIndexNameSessionRepository<Session>) touches.postProcessAfterInitialization(store,
                "sessionRepository");
    }

    /** A session of {@code username}'s, stored as a login stores it (the principal's name in its own column). */
    static String storedSession(FindByIndexNameSessionRepository<Session> sessions, String username) {
        Session session = sessions.createSession();
        session.setAttribute("greeting", "你好");
        sessions.save(session);
        jdbc.update("update spring_session set principal_name = ? where session_id = ?", username, session.getId());
        return session.getId();
    }

    @Test
    void everyReadOfASessionCarriesItsAccountAsItIsThen() {
        jdbc.update("insert into account values (7, 'LongShan', true, 3, false)");
        var sessions = sessions();
        String id = storedSession(sessions, "longshan");

        assertThat((Object) sessions.findById(id).getAttribute(SessionAccountState.ATTRIBUTE))
                .isEqualTo(new SessionAccountState.Read(7, new SessionState(true, 3, false)));
        assertThat((String) sessions.findById(id).getAttribute("greeting")).isEqualTo("你好");

        jdbc.update("update account set enabled = false, session_epoch = 4, must_change_password = true");
        assertThat((Object) sessions.findById(id).getAttribute(SessionAccountState.ATTRIBUTE))
                .isEqualTo(new SessionAccountState.Read(7, new SessionState(false, 4, true)));
    }

    @Test
    void aSessionOfNoAccountCarriesNoState() {
        var sessions = sessions();
        Session anonymous = sessions.createSession();
        sessions.save(anonymous);
        assertThat((Object) sessions.findById(anonymous.getId()).getAttribute(SessionAccountState.ATTRIBUTE)).isNull();

        String gone = storedSession(sessions, "nobody");
        Session read = sessions.findById(gone);
        assertThat((Object) read.getAttribute(SessionAccountState.ATTRIBUTE)).isNull();
        assertThat((String) read.getAttribute("greeting")).isEqualTo("你好");
    }

    @Test
    void theStateIsNotOneOfTheSessionsAttributesAndIsNeverWritten() {
        jdbc.update("insert into account values (7, 'longshan', true, 3, false)");
        var sessions = sessions();
        String id = storedSession(sessions, "longshan");

        Session read = sessions.findById(id);
        assertThat(read.getAttributeNames()).containsExactly("greeting");
        read.setAttribute(SessionAccountState.ATTRIBUTE, new SessionAccountState.Read(7, new SessionState(true, 9,
                false)));
        read.setAttribute("another", "x"); // something to write: the session is saved
        sessions.save(read);

        assertThat(jdbc.queryForList("select attribute_name from spring_session_attributes order by 1", String.class))
                .containsExactly("another", "greeting");
        assertThat((Object) sessions.findById(id).getAttribute(SessionAccountState.ATTRIBUTE))
                .isEqualTo(new SessionAccountState.Read(7, new SessionState(true, 3, false)));
    }

    @Test
    void theStatesBytesAreNeverASerializedObjectsNorTheOtherWayRound() {
        byte[] serialized = new SerializingConverter().convert("registry-account-state:7:1:3:0");
        assertThat(SessionAccountState.marks(serialized)).isFalse();
        assertThat(SessionAccountState.marks("registry-account".getBytes(StandardCharsets.US_ASCII))).isFalse();
        byte[] state = "registry-account-state:7:1:3:0".getBytes(StandardCharsets.US_ASCII);
        assertThat(SessionAccountState.marks(state)).isTrue();
        assertThat(SessionAccountState.parse(state))
                .isEqualTo(new SessionAccountState.Read(7, new SessionState(true, 3, false)));
    }

    @Test
    void aRequestWhoseSessionCarriesItsAccountsStateReadsNoAccountApart() throws Exception {
        AtomicInteger readsApart = new AtomicInteger();
        LongFunction<Optional<SessionState>> apart = id -> {
            readsApart.incrementAndGet();
            return Optional.of(new SessionState(true, 3, false));
        };
        AccountSessionFilter filter = new AccountSessionFilter(apart, null, Duration.ofHours(12), Clock.systemUTC());
        signIn(7, 3);

        MockHttpSession carrying = new MockHttpSession();
        carrying.setAttribute(SessionAccountState.ATTRIBUTE, new SessionAccountState.Read(7,
                new SessionState(true, 3, true)));
        MockHttpServletResponse mustChange = request(filter, carrying);
        assertThat(mustChange.getRedirectedUrl()).as("the state read with the session decides")
                .isEqualTo(AccountSessionFilter.PASSWORD_PAGE);
        assertThat(readsApart).hasValue(0);

        MockHttpSession another = new MockHttpSession();
        another.setAttribute(SessionAccountState.ATTRIBUTE, new SessionAccountState.Read(8,
                new SessionState(true, 3, true)));
        assertThat(request(filter, another).getRedirectedUrl()).as("another account's state is not this one's")
                .isNull();
        assertThat(readsApart).hasValue(1);

        assertThat(request(filter, new MockHttpSession()).getRedirectedUrl()).isNull();
        assertThat(readsApart).as("a session read without it").hasValue(2);
    }

    private static void signIn(long id, int epoch) {
        AccountPrincipal principal = AccountPrincipal.of(new AccountSnapshot(id, "longshan", "李娟", null, Role.TOWN,
                "522730100000", null, "龙山镇", Jurisdiction.region(RegionCode.of("522730100000")), "522730000000",
                true, false, false, epoch, false));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private static MockHttpServletResponse request(AccountSessionFilter filter, MockHttpSession session)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/children");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
