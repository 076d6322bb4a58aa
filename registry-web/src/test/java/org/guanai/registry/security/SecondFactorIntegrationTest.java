package org.guanai.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.freshIp;
import static org.guanai.registry.WebTestSupport.login;
import static org.guanai.registry.WebTestSupport.loginRequest;
import static org.guanai.registry.WebTestSupport.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.account.Account;
import org.guanai.registry.account.AccountForm;
import org.guanai.registry.account.AccountLogins;
import org.guanai.registry.account.AccountService;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.Totp;
import org.guanai.registry.testsupport.MutableClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The second factor: a county office account enrols at its first login (QR code and key, then ten recovery codes), logs
 * in with a code afterwards, cannot reach any page with its password alone, is locked by five wrong codes like by wrong
 * passwords, and gets in once with each recovery code; an administrator's reset makes it enrol again.
 */
@WebIntegrationTest
class SecondFactorIntegrationTest {

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

    /** A county office account of its own: the demo accounts keep logging in with a password alone. */
    private Account countyOffice() {
        return accounts.createDemoAccount(new AccountForm(uniqueName("mfa"), "县留守办测试", Role.COUNTY,
                "522730000000", null), DEMO_PASSWORD);
    }

    /** Logs in with the password: the session owes its second factor (the login answers with the code page). */
    private MockHttpSession passwordOnly(String username) throws Exception {
        MvcResult result = mvc.perform(loginRequest(username, DEMO_PASSWORD).with(freshIp()))
                .andExpect(redirectedUrl(SecondFactorController.CODE_PAGE)).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String code(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    /** Enrols from the setup page as a person with an authenticator would; returns the secret and the codes page. */
    private String[] enrol(MockHttpSession session) throws Exception {
        String page = mvc.perform(get(SecondFactorController.SETUP_PAGE).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg").contains("id=\"totp-qr\"");
        String secret = Jsoup.parse(page).getElementById("totp-secret").text().replace(" ", "");
        String codes = mvc.perform(post(SecondFactorController.SETUP_PAGE).param("code", code(secret)).with(csrf())
                .session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new String[] {secret, codes};
    }

    @Test
    void aCountyOfficeEnrolsAtItsFirstLoginAndThenLogsInWithACode() throws Exception {
        Account office = countyOffice();
        MockHttpSession session = passwordOnly(office.getUsername());
        // With the password alone no page opens: every one leads to the second factor, and the code page to enrolment.
        mvc.perform(get("/children").session(session)).andExpect(redirectedUrl(SecondFactorController.CODE_PAGE));
        mvc.perform(get(SecondFactorController.CODE_PAGE).session(session))
                .andExpect(redirectedUrl(SecondFactorController.SETUP_PAGE));
        String[] enrolment = enrol(session);
        List<String> recoveryCodes = Jsoup.parse(enrolment[1]).select("#recovery-codes li").eachText();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from account_recovery_code where account_id = ? and "
                + "code_hash = ?", Integer.class, office.getId(), recoveryCodes.get(0))).isZero(); // stored hashed
        assertThat(jdbc.queryForObject("select secret from account_totp where account_id = ?", String.class,
                office.getId())).doesNotContain(enrolment[0]); // stored encrypted
        mvc.perform(get("/children").session(session)).andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(2));
        MockHttpSession next = passwordOnly(office.getUsername());
        mvc.perform(get(SecondFactorController.CODE_PAGE).session(next)).andExpect(status().isOk());
        mvc.perform(post(SecondFactorController.CODE_PAGE).param("code", code(enrolment[0])).with(csrf()).session(next))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/children").session(next)).andExpect(status().isOk());
        // A code is accepted once.
        MockHttpSession replay = passwordOnly(office.getUsername());
        mvc.perform(post(SecondFactorController.CODE_PAGE).param("code", code(enrolment[0])).with(csrf())
                .session(replay)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MFA_ENROLLED' and "
                + "object_id = ?", Integer.class, office.getId().toString())).isEqualTo(1);
    }

    @Test
    void fiveWrongCodesLockTheAccountAndEndTheSession() throws Exception {
        Account office = countyOffice();
        enrol(passwordOnly(office.getUsername()));
        MockHttpSession session = passwordOnly(office.getUsername());
        for (int i = 0; i < 4; i++) {
            mvc.perform(post(SecondFactorController.CODE_PAGE).param("code", "000000").with(csrf()).session(session))
                    .andExpect(status().isOk());
        }
        mvc.perform(post(SecondFactorController.CODE_PAGE).param("code", "000000").with(csrf()).session(session))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(logins.prepareLogin(office.getUsername()).orElseThrow().locked()).isTrue();
        // The password alone does not start the count again while the second factor is owed.
        mvc.perform(loginRequest(office.getUsername(), DEMO_PASSWORD).with(freshIp()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aRecoveryCodeLogsInOnceAndTheAdministratorsResetMakesTheAccountEnrolAgain() throws Exception {
        Account office = countyOffice();
        String[] enrolment = enrol(passwordOnly(office.getUsername()));
        String recovery = Jsoup.parse(enrolment[1]).select("#recovery-codes li").first().text();
        MockHttpSession session = passwordOnly(office.getUsername());
        mvc.perform(post(SecondFactorController.CODE_PAGE).param("code", recovery).with(csrf()).session(session))
                .andExpect(redirectedUrl("/"));
        MockHttpSession again = passwordOnly(office.getUsername());
        mvc.perform(post(SecondFactorController.CODE_PAGE).param("code", recovery).with(csrf()).session(again))
                .andExpect(status().isOk());

        MockHttpSession admin = login(mvc, "admin", DEMO_PASSWORD);
        mvc.perform(post("/admin/accounts/" + office.getId() + "/reset-second-factor").with(csrf()).session(admin))
                .andExpect(redirectedUrl("/admin/accounts/" + office.getId()));
        // The session that had passed the factor ends; the next login enrols again.
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
        MockHttpSession fresh = passwordOnly(office.getUsername());
        mvc.perform(get(SecondFactorController.CODE_PAGE).session(fresh))
                .andExpect(redirectedUrl(SecondFactorController.SETUP_PAGE));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MFA_RESET' and object_id = ?",
                Integer.class, office.getId().toString())).isEqualTo(1);
    }

    @Test
    void aTownClerkMayEnrolAndMustThenUseIt() throws Exception {
        Account clerk = accounts.createDemoAccount(new AccountForm(uniqueName("vol"), "镇测试", Role.TOWN,
                "522730100000", null), DEMO_PASSWORD);
        MockHttpSession session = login(mvc, clerk.getUsername(), DEMO_PASSWORD);
        enrol(session);
        passwordOnly(clerk.getUsername());
    }

    @Test
    void theDemoAccountsLogInWithAPasswordAlone() throws Exception {
        mvc.perform(loginRequest("county", DEMO_PASSWORD).with(freshIp())).andExpect(redirectedUrl("/"));
        mvc.perform(loginRequest("admin", DEMO_PASSWORD).with(freshIp())).andExpect(redirectedUrl("/"));
    }
}
