package org.guanai.registry.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.guanai.registry.RegistryApplication;
import org.guanai.registry.audit.AuditRetention;
import org.guanai.registry.security.AccountPrincipal;
import org.guanai.registry.testsupport.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one database, as behind the load balancer: a login on node A is valid on node B, a
 * logout on B ends it on A, and the nightly job fired on both runs once.
 */
class TwoNodesIT {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    /** The threads of the pages a test asks for at once. */
    static final ExecutorService PAGE_THREADS = Executors.newFixedThreadPool(12);

    @BeforeAll
    static void startTwoNodes() {
        // A first: it migrates the shared database and loads the demo county; B finds both done.
        nodeA = node("a");
        nodeB = node("b");
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        PAGE_THREADS.shutdown();
    }

    @Test
    void aLoginOnOneNodeIsValidOnTheOtherAndALogoutOnTheOtherEndsIt() throws Exception {
        // One browser, as behind a load balancer that sends it to either node.
        HttpSession browser = new HttpSession();
        String a = base(nodeA);
        String b = base(nodeB);
        HttpResponse<String> loggedIn = browser.logIn(a, "longshan");
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");

        HttpResponse<String> homeOnB = browser.get(b + "/");
        assertThat(homeOnB.statusCode()).isEqualTo(200);
        assertThat(homeOnB.body()).contains("id=\"home-scope\">龙山镇<");

        HttpResponse<String> loggedOut = browser.post(b + "/logout", "_csrf=" + HttpSession.csrf(homeOnB.body()));
        assertThat(loggedOut.statusCode()).isEqualTo(302);
        HttpResponse<String> homeOnA = browser.get(a + "/");
        assertThat(homeOnA.statusCode()).isEqualTo(302);
        assertThat(homeOnA.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void aPageLargerThanTomcatsBufferIsSentWholeOnceTheSessionIsSaved() throws Exception {
        HttpSession browser = new HttpSession();
        browser.logIn(base(nodeA), "county");
        HttpResponse<String> list = browser.get(base(nodeA) + "/children");
        assertThat(list.statusCode()).isEqualTo(200);
        int bytes = list.body().getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isGreaterThan(8 * 1024);
        // A length, not chunks: nothing was sent before the filters were done, the session store's included.
        assertSentWhole(list);
    }

    /** The answer came with its length, not in chunks: nothing of it was sent before the request was done. */
    private static void assertSentWhole(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Length"))
                .contains(String.valueOf(answer.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
    }

    @Test
    void anAnswerWrittenToTheOutputStreamIsSentWholeToo() throws Exception {
        HttpSession browser = new HttpSession();
        browser.logIn(base(nodeA), "county");
        HttpResponse<String> health = browser.get(base(nodeA) + "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        // The JSON writer flushes; had the flush gone through, the answer would be chunked and the session read
        // a second time when it was saved.
        assertSentWhole(health);
    }

    /**
     * A session's pages asked for at once (tabs reopened, on both nodes) when the session has no CSRF token: each
     * makes one and stores it. Stored with a plain INSERT, all but the first failed on the attributes' key and
     * the user got error pages. A login stores the session's token itself, so here it is taken away again, as it
     * is missing from a session whose attribute was written by another version (decision 017).
     */
    @Test
    void aSessionsPagesAskedForAtOnceAllAnswerWhenEachStoresAToken() throws Exception {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        String countysToken = "from spring_session_attributes where attribute_name like '%CSRF_TOKEN' and "
                + "session_primary_id in (select primary_id from spring_session where principal_name = 'county')";
        for (int round = 0; round < 3; round++) {
            jdbc.update("delete from spring_session where principal_name = 'county'");
            HttpSession browser = new HttpSession();
            assertThat(browser.logIn(base(nodeA), "county").statusCode()).isEqualTo(302);
            assertThat(jdbc.queryForObject("select count(*) " + countysToken, Integer.class)).isEqualTo(1);
            jdbc.update("delete " + countysToken);
            List<CompletableFuture<Integer>> pages = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 12; i++) {
                String node = base(i % 2 == 0 ? nodeA : nodeB);
                pages.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return browser.get(node + "/").statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, PAGE_THREADS));
            }
            start.countDown();
            assertThat(pages.stream().map(CompletableFuture::join)).as("round " + round).containsOnly(200);
            assertThat(browser.get(base(nodeB) + "/children").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSessionsLastAccessIsWrittenAtMostOnceAMinute() throws Exception {
        HttpSession browser = new HttpSession();
        browser.logIn(base(nodeA), "gujiao");
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        long loggedIn = lastAccess(jdbc, "gujiao");
        assertThat(browser.get(base(nodeB) + "/").statusCode()).isEqualTo(200);
        assertThat(browser.get(base(nodeA) + "/children").statusCode()).isEqualTo(200);
        assertThat(lastAccess(jdbc, "gujiao")).isEqualTo(loggedIn);

        // Two minutes on (the stored access moved back): the next page writes it.
        jdbc.update("update spring_session set last_access_time = last_access_time - 120000, "
                + "expiry_time = expiry_time - 120000 where principal_name = 'gujiao'");
        assertThat(browser.get(base(nodeB) + "/").statusCode()).isEqualTo(200);
        assertThat(lastAccess(jdbc, "gujiao")).isGreaterThanOrEqualTo(loggedIn);
    }

    /**
     * During a rolling deploy a node may meet a session written by a version whose classes differ (an upgrade of
     * Spring Security changes its security context's serialVersionUID): the user is sent to log in again rather
     * than given an error page on every request.
     */
    @Test
    void aSessionWrittenByAnotherVersionAsksForALoginAgain() throws Exception {
        HttpSession browser = new HttpSession();
        browser.logIn(base(nodeA), "edu");
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        String edusContext = "where attribute_name = 'SPRING_SECURITY_CONTEXT' and session_primary_id = "
                + "(select primary_id from spring_session where principal_name = 'edu')";
        byte[] stored = jdbc.queryForObject("select attribute_bytes from spring_session_attributes " + edusContext,
                byte[].class);
        jdbc.update("update spring_session_attributes set attribute_bytes = ? " + edusContext,
                withAnotherVersionOf(AccountPrincipal.class, stored));

        HttpResponse<String> home = browser.get(base(nodeB) + "/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(browser.logIn(base(nodeB), "edu").statusCode()).isEqualTo(302);
        assertThat(browser.get(base(nodeA) + "/").statusCode()).isEqualTo(200);
    }

    /** A serialized stream as a build whose {@code type} has another serialVersionUID would have written it. */
    private static byte[] withAnotherVersionOf(Class<?> type, byte[] stream) {
        byte[] name = type.getName().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + name.length < stream.length; i++) {
            if (Arrays.equals(stream, i, i + name.length, name, 0, name.length)) {
                byte[] changed = stream.clone();
                changed[i + name.length] ^= 0x01; // the serialVersionUID follows the class's name
                return changed;
            }
        }
        throw new AssertionError(type.getName() + " is not in the stream");
    }

    private static long lastAccess(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?",
                Long.class, username);
    }

    /**
     * The account as it is now comes with the session's own read (decision 043): a change made anywhere reaches the
     * session's next request on either node, and what is read with a session is never stored with it.
     */
    @Test
    void anAccountChangedAnywhereReachesItsSessionsNextRequestOnEitherNode() throws Exception {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        String police = "where username = 'police'";
        HttpSession browser = new HttpSession();
        assertThat(browser.logIn(base(nodeA), "police").statusCode()).isEqualTo(302);
        assertThat(browser.get(base(nodeB) + "/").statusCode()).isEqualTo(200);
        try {
            jdbc.update("update account set must_change_password = true " + police);
            assertRedirected(browser.get(base(nodeB) + "/inbox"), "/account/password");
            jdbc.update("update account set must_change_password = false " + police);
            assertThat(browser.get(base(nodeA) + "/inbox").statusCode()).isEqualTo(200);

            jdbc.update("update account set enabled = false " + police);
            assertRedirected(browser.get(base(nodeA) + "/"), "/login?expired");
            assertThat(lastSessionEnded(jdbc)).isEqualTo("账户已停用");
            jdbc.update("update account set enabled = true " + police);

            assertThat(browser.logIn(base(nodeB), "police").statusCode()).isEqualTo(302);
            assertThat(browser.get(base(nodeA) + "/").statusCode()).isEqualTo(200);
            jdbc.update("update account set session_epoch = session_epoch + 1 " + police);
            assertRedirected(browser.get(base(nodeB) + "/"), "/login?expired");
            assertThat(lastSessionEnded(jdbc)).isEqualTo("账户已变更");
        } finally {
            jdbc.update("update account set must_change_password = false, enabled = true " + police);
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes where attribute_name = "
                + "'registry.accountState'", Integer.class)).as("read with sessions, never stored").isZero();
    }

    private static void assertRedirected(HttpResponse<String> answer, String to) {
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(to);
    }

    private static String lastSessionEnded(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select detail from audit_event where action = 'SESSION_ENDED' and "
                + "actor_username = 'police' order by id desc limit 1", String.class);
    }

    @Test
    void theNightlyJobFiredOnBothNodesAtOnceRunsOnce() {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        String purges = "select count(*) from audit_event where action = 'AUDIT_PURGED'";
        int before = jdbc.queryForObject(purges, Integer.class);
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> nodeA.getBean(AuditRetention.class).purgeNightly()),
                CompletableFuture.runAsync(() -> nodeB.getBean(AuditRetention.class).purgeNightly())).join();
        assertThat(jdbc.queryForObject(purges, Integer.class) - before).isEqualTo(1);
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(RegistryApplication.class, TestDatabaseConfiguration.class)
                .profiles("test")
                // Arguments, not default properties: they must win over application.properties' port.
                .run("--server.port=0", "--registry.test.database=two_nodes", "--spring.application.name=node-" + name,
                        // The test fires the job itself; the nodes' own schedulers stay off.
                        "--registry.scheduling.enabled=false");
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
