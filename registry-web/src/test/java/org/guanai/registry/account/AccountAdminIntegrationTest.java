package org.guanai.registry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.freshIp;
import static org.guanai.registry.WebTestSupport.login;
import static org.guanai.registry.WebTestSupport.loginRequest;
import static org.guanai.registry.WebTestSupport.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.organisation.OrganisationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class AccountAdminIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountLogins logins;
    @Autowired
    OrganisationService organisations;

    MockHttpSession admin;

    @BeforeEach
    void logInAsAdministrator() throws Exception {
        admin = login(mvc, "admin", DEMO_PASSWORD);
    }

    @Test
    void theAdministratorListsAccountsRegionsAndOrganisations() throws Exception {
        mvc.perform(get("/admin/accounts").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("longshan")))
                .andExpect(content().string(containsString("镇（街道）工作人员")))
                // each account's scope by name: longshan's town, police's unit
                .andExpect(content().string(containsString("<td>龙山镇</td>")))
                .andExpect(content().string(containsString("<td>龙里县公安局</td>")));
        mvc.perform(get("/admin/regions").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("湾滩河镇")));
        mvc.perform(get("/admin/organisations").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("龙里县公安局")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "longshan", "edu", "school1", "inspector"})
    void nobodyElseReachesTheAdministration(String username) throws Exception {
        MockHttpSession session = login(mvc, username, DEMO_PASSWORD);
        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts/1").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts").session(session).with(csrf()).param("username", "sneaky")
                .param("displayName", "x").param("role", "ADMIN")).andExpect(status().isForbidden());
        assertThat(logins.prepareLogin("sneaky")).isEmpty();
    }

    @Test
    void createShowsTheOneTimePasswordOnceAndTheNewAccountMustChangeIt() throws Exception {
        String username = uniqueName("v");
        var result = mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", username).param("displayName", "中坝村 儿童主任")
                        .param("role", "VILLAGE").param("scopeRegionCode", "522730100201"))
                .andExpect(redirectedUrlPattern("/admin/accounts/*"))
                .andExpect(flash().attributeExists("temporaryPassword")).andReturn();
        String temporary = (String) result.getFlashMap().get("temporaryPassword");
        Account created = logins.prepareLogin(username).map(s -> accounts.find(s.id()).orElseThrow()).orElseThrow();
        assertThat(created.isMustChangePassword()).isTrue();

        MockHttpSession session = login(mvc, username, temporary);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void aScopeThatDoesNotFitTheRoleIsExplainedNextToTheField() throws Exception {
        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", uniqueName("t")).param("displayName", "错配")
                        .param("role", "TOWN").param("scopeRegionCode", "522730100201"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("镇（街道）工作人员的辖区须为镇（街道）")));
        mvc.perform(post("/admin/accounts").session(admin).with(csrf())
                        .param("username", "longshan").param("displayName", "重名")
                        .param("role", "TOWN").param("scopeRegionCode", "522730100000"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("该用户名已被使用")));
    }

    @Test
    void editingWithAStaleVersionIsRefusedAndNothingIsOverwritten() throws Exception {
        Account clerk = accounts.createWithPassword(new AccountForm(uniqueName("e"), "原名", Role.TOWN,
                "522730100000", null), "Right#Pass1", false);
        mvc.perform(post("/admin/accounts/" + clerk.getId()).session(admin).with(csrf())
                        .param("username", clerk.getUsername()).param("displayName", "第一次")
                        .param("role", "TOWN").param("scopeRegionCode", "522730100000")
                        .param("version", String.valueOf(clerk.getVersion())))
                .andExpect(redirectedUrlPattern("/admin/accounts/*"));
        mvc.perform(post("/admin/accounts/" + clerk.getId()).session(admin).with(csrf())
                        .param("username", clerk.getUsername()).param("displayName", "第二次")
                        .param("role", "TOWN").param("scopeRegionCode", "522730100000")
                        .param("version", String.valueOf(clerk.getVersion())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("该记录已被他人修改")));
        assertThat(accounts.find(clerk.getId()).orElseThrow().getDisplayName()).isEqualTo("第一次");
    }

    @Test
    void disableEnableResetAndUnlock() throws Exception {
        Account clerk = accounts.createWithPassword(new AccountForm(uniqueName("d"), "文员", Role.TOWN,
                "522730101000", null), "Right#Pass1", false);
        MockHttpSession clerkSession = login(mvc, clerk.getUsername(), "Right#Pass1");

        mvc.perform(post("/admin/accounts/" + clerk.getId() + "/disable").session(admin).with(csrf()))
                .andExpect(flash().attribute("success", "account.disabled"));
        mvc.perform(get("/").session(clerkSession)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(loginRequest(clerk.getUsername(), "Right#Pass1").with(freshIp()))
                .andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/accounts/" + clerk.getId() + "/enable").session(admin).with(csrf()))
                .andExpect(flash().attribute("success", "account.enabled"));
        var reset = mvc.perform(post("/admin/accounts/" + clerk.getId() + "/reset-password").session(admin)
                .with(csrf())).andExpect(flash().attributeExists("temporaryPassword")).andReturn();
        String temporary = (String) reset.getFlashMap().get("temporaryPassword");
        mvc.perform(loginRequest(clerk.getUsername(), "Right#Pass1").with(freshIp()))
                .andExpect(redirectedUrl("/login?error"));
        MockHttpSession again = login(mvc, clerk.getUsername(), temporary);
        mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/admin/accounts/" + clerk.getId() + "/unlock").session(admin).with(csrf()))
                .andExpect(flash().attribute("success", "account.unlocked"));
    }

    @Test
    void theAdministratorCannotDisableItself() throws Exception {
        long adminId = logins.prepareLogin("admin").orElseThrow().id();
        mvc.perform(post("/admin/accounts/" + adminId + "/disable").session(admin).with(csrf()))
                .andExpect(flash().attribute("failure", "account.error.disableSelf"));
        assertThat(accounts.find(adminId).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void anUnknownAccountIs404() throws Exception {
        mvc.perform(get("/admin/accounts/987654321").session(admin)).andExpect(status().isNotFound());
    }
}
