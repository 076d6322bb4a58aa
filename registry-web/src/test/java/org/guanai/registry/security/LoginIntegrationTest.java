package org.guanai.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.freshIp;
import static org.guanai.registry.WebTestSupport.ip;
import static org.guanai.registry.WebTestSupport.login;
import static org.guanai.registry.WebTestSupport.loginRequest;
import static org.guanai.registry.WebTestSupport.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.account.Account;
import org.guanai.registry.account.AccountForm;
import org.guanai.registry.account.AccountLogins;
import org.guanai.registry.account.AccountService;
import org.guanai.registry.account.CreatedAccount;
import org.guanai.registry.account.Role;
import org.guanai.registry.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class LoginIntegrationTest {

    private static final String TOWN = "522730100000";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountLogins logins;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private Account newClerk(String password) {
        return accounts.createWithPassword(new AccountForm(uniqueName("clerk"), "测试文员", Role.TOWN, TOWN, null),
                password, false);
    }

    private int audited(String action, String outcome, String username) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and outcome = ? "
                + "and lower(actor_username) = lower(?)", Integer.class, action, outcome, username);
    }

    @ParameterizedTest
    @CsvSource({"admin,龙里县", "county,龙里县", "longshan,龙山镇", "gujiao,谷脚镇", "edu,龙里县教育局",
            "police,龙里县公安局", "health,龙里县卫计局", "school1,龙山镇中心小学", "inspector,龙里县", "zhongba,中坝村",
            "auditor,龙里县"})
    void everyDemoAccountLogsInAndSeesItsScope(String username, String scope) throws Exception {
        MockHttpSession session = login(mvc, username, DEMO_PASSWORD);
        String page = mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"home-scope\">" + scope + "<");
        assertThat(audited("LOGIN", "SUCCESS", username)).isPositive();
    }

    @Test
    void theLoginPageIsChineseAndPublic() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户登录")));
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswerAndAreAudited() throws Exception {
        Account clerk = newClerk("Right#Pass1");
        mvc.perform(loginRequest(clerk.getUsername(), "Wrong#Pass1").with(freshIp()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(loginRequest("no-such-user-x", "Wrong#Pass1").with(freshIp()))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(audited("LOGIN", "FAILURE", clerk.getUsername())).isEqualTo(1);
        // A name that is no account's is kept only as its hash: people type passwords into the field.
        assertThat(audited("LOGIN", "FAILURE", "no-such-user-x")).isZero();
        assertThat(audited("LOGIN", "FAILURE", logins.auditableUsername("no-such-user-x"))).isEqualTo(1);
        mvc.perform(get("/login?error")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("登录失败：用户名或密码错误")));
    }

    @Test
    void fiveFailuresLockTheAccountWithTheSameMessageAndItUnlocksAfterFifteenMinutes() throws Exception {
        Account clerk = newClerk("Right#Pass1");
        for (int i = 0; i < 5; i++) {
            mvc.perform(loginRequest(clerk.getUsername(), "Wrong#Pass" + i).with(freshIp()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // Locked: even the right password fails, and the answer is the same as for a wrong one.
        mvc.perform(loginRequest(clerk.getUsername(), "Right#Pass1").with(freshIp()))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(audited("ACCOUNT_LOCKED", "SUCCESS", clerk.getUsername())).isEqualTo(1);

        clock.advance(Duration.ofMinutes(16));
        mvc.perform(loginRequest(clerk.getUsername(), "Right#Pass1").with(freshIp()))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_UNLOCKED' "
                + "and object_id = ?", Integer.class, String.valueOf(clerk.getId()))).isEqualTo(1);
    }

    @Test
    void tooManyFailuresFromOneAddressRefuseItsLogins() throws Exception {
        String address = "10.99.1.1";
        for (int i = 0; i < 30; i++) {
            mvc.perform(loginRequest(uniqueName("ghost"), "Wrong#Pass1").with(ip(address)))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(loginRequest("longshan", DEMO_PASSWORD).with(ip(address)))
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login?throttled")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("登录失败次数过多")));
        // Another address is not affected.
        mvc.perform(loginRequest("longshan", DEMO_PASSWORD).with(freshIp())).andExpect(redirectedUrl("/"));
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        // Without a session the browser is sent back to the login page; the login did not happen.
        MockHttpSession fresh = new MockHttpSession();
        mvc.perform(post("/login").session(fresh).param("username", "inspector").param("password", DEMO_PASSWORD)
                .with(freshIp())).andExpect(redirectedUrl("/login?expired"));
        assertThat(fresh.getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
        MockHttpSession session = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk()); // a page with forms issues the token
        mvc.perform(post("/account/password").session(session).param("currentPassword", DEMO_PASSWORD)
                .param("newPassword", "Other#Pass1").param("confirmPassword", "Other#Pass1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void anAccountCreatedByTheAdministratorMustChangeItsPasswordFirst() throws Exception {
        CreatedAccount created = accounts.create(new AccountForm(uniqueName("new"), "新文员", Role.TOWN, TOWN, null));
        MockHttpSession session = login(mvc, created.account().getUsername(), created.temporaryPassword());

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/accounts").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("须先修改密码")));

        // A password that breaks the rules is refused with the reason next to the field.
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", created.temporaryPassword())
                        .param("newPassword", "simple").param("confirmPassword", "simple"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("密码至少需要8个字符")));

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", created.temporaryPassword())
                        .param("newPassword", "Fresh#Pass9").param("confirmPassword", "Fresh#Pass9"))
                .andExpect(redirectedUrl("/"));
        // The session that changed the password stays valid; the home page now opens.
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    @Test
    void aPasswordChangeGivesTheSessionANewId() throws Exception {
        Account clerk = newClerk("Right#Pass1");
        MockHttpSession session = login(mvc, clerk.getUsername(), "Right#Pass1");
        String before = session.getId();
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "Right#Pass1")
                .param("newPassword", "Fresh#Pass9").param("confirmPassword", "Fresh#Pass9"))
                .andExpect(redirectedUrl("/"));
        assertThat(session.getId()).isNotEqualTo(before);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    @Test
    void wrongCurrentPasswordsOnTheChangeFormCountTowardTheLockout() throws Exception {
        Account clerk = newClerk("Right#Pass1");
        MockHttpSession session = login(mvc, clerk.getUsername(), "Right#Pass1");
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "Guess#No" + i)
                    .param("newPassword", "Fresh#Pass9").param("confirmPassword", "Fresh#Pass9"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "Guess#No5")
                .param("newPassword", "Fresh#Pass9").param("confirmPassword", "Fresh#Pass9"))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(logins.prepareLogin(clerk.getUsername()).orElseThrow().locked()).isTrue();
        mvc.perform(loginRequest(clerk.getUsername(), "Right#Pass1").with(freshIp()))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(audited("PASSWORD_CHANGED", "FAILURE", clerk.getUsername())).isEqualTo(5);
    }

    @Test
    void aSessionEndsTwelveHoursAfterItBeganHoweverActive() throws Exception {
        MockHttpSession session = login(mvc, "longshan", DEMO_PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        Duration past = Duration.ofHours(12).plusMinutes(1);
        clock.advance(past);
        try {
            mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
        } finally {
            clock.advance(past.negated()); // the clock is the whole test context's
        }
    }

    @Test
    void aDisabledAccountCannotLogInAndItsOpenSessionEnds() throws Exception {
        Account clerk = newClerk("Right#Pass1");
        MockHttpSession session = login(mvc, clerk.getUsername(), "Right#Pass1");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        accounts.setEnabled(clerk.getId(), false);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(loginRequest(clerk.getUsername(), "Right#Pass1").with(freshIp()))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'LOGIN' and outcome = 'FAILURE' "
                + "and actor_username = ? order by id desc limit 1", String.class, clerk.getUsername()))
                .isEqualTo("disabled");
    }

    @Test
    void logoutEndsTheSessionAndIsAudited() throws Exception {
        Account clerk = newClerk("Right#Pass1");
        MockHttpSession session = login(mvc, clerk.getUsername(), "Right#Pass1");
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(audited("LOGOUT", "SUCCESS", clerk.getUsername())).isEqualTo(1);
    }

    @Test
    void idleSessionsExpireAfterThirtyMinutes(@Autowired ServerProperties server) {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(server.getServlet().getSession().getCookie().getHttpOnly()).isTrue();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        MockHttpSession session = login(mvc, "longshan", DEMO_PASSWORD);
        mvc.perform(get("/").session(session))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }
}
