package org.guanai.registry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.freshIp;
import static org.guanai.registry.WebTestSupport.login;
import static org.guanai.registry.WebTestSupport.loginRequest;
import static org.guanai.registry.WebTestSupport.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.springframework.jdbc.core.JdbcTemplate;
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
    @Autowired
    JdbcTemplate jdbc;

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
        mvc.perform(get("/admin/regions").param("county", "522730000000").session(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("湾滩河镇")));
        mvc.perform(get("/admin/organisations").param("county", "522730000000").session(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("龙里县公安局")));
    }

    @Test
    void theListFindsAccountsByNameAndRoleAPageAtATime() throws Exception {
        mvc.perform(get("/admin/accounts").param("q", "LongShan").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString(">longshan</a>")))
                .andExpect(content().string(containsString("共 1 个账户")))
                .andExpect(content().string(not(containsString(">county</a>"))));
        // by the name, any part of it
        mvc.perform(get("/admin/accounts").param("q", "李娟").session(admin))
                .andExpect(content().string(containsString(">longshan</a>")));
        // typed % and _ are themselves, not patterns
        mvc.perform(get("/admin/accounts").param("q", "%").session(admin))
                .andExpect(content().string(containsString("共 0 个账户")));
        mvc.perform(get("/admin/accounts").param("role", "TOWN").session(admin))
                .andExpect(content().string(containsString(">longshan</a>")))
                .andExpect(content().string(containsString(">cbtown</a>")))
                .andExpect(content().string(not(containsString(">police</a>"))));
        // 51 accounts: two pages of 50 and 1, each page's link keeping the search
        long first = jdbc.queryForObject("select nextval('account_seq')", Long.class);
        long second = jdbc.queryForObject("select nextval('account_seq')", Long.class);
        try {
            for (int i = 0; i < 51; i++) {
                long id = i < 50 ? first - 49 + i : second;
                jdbc.update("""
                        insert into account (id, username, display_name, password_hash, role, scope_region_code,
                                             enabled)
                        values (?, ?, '翻页测试', 'x', 'VILLAGE', '522730100201', false)""",
                        id, "pagetest%02d".formatted(i));
            }
            mvc.perform(get("/admin/accounts").param("q", "pagetest").session(admin))
                    .andExpect(content().string(containsString("共 51 个账户")))
                    .andExpect(content().string(containsString(">pagetest49</a>")))
                    .andExpect(content().string(not(containsString(">pagetest50</a>"))))
                    .andExpect(content().string(containsString("/admin/accounts?q=pagetest&amp;role=&amp;page=1")));
            mvc.perform(get("/admin/accounts").param("q", "pagetest").param("page", "1").session(admin))
                    .andExpect(content().string(containsString(">pagetest50</a>")))
                    .andExpect(content().string(not(containsString(">pagetest49</a>"))));
        } finally {
            jdbc.update("delete from account where username like 'pagetest%'");
        }
    }

    /** Decision 051: an administrator's pages show one county's regions and units, not the installation's. */
    @Test
    void theFormAndTheReferencePagesShowOneCountyAtATime() throws Exception {
        // a new account's form opens on the first county (by code: 长白, 220623), the chooser offering both
        mvc.perform(get("/admin/accounts/new").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"522730000000\">龙里县</option>")))
                .andExpect(content().string(containsString("220623100000 长白镇")))
                .andExpect(content().string(containsString("县卫生和计划生育局")))
                .andExpect(content().string(not(containsString("龙山镇"))))
                .andExpect(content().string(not(containsString("龙里县公安局"))));
        // the regions above the counties are offered whichever is chosen (an inspector of the province)
        mvc.perform(get("/admin/accounts/new").param("county", "522730000000").session(admin))
                .andExpect(content().string(containsString("520000000000 贵州省")))
                .andExpect(content().string(containsString("220000000000 吉林省")))
                .andExpect(content().string(containsString("龙山镇")))
                .andExpect(content().string(containsString("龙里县公安局")))
                .andExpect(content().string(not(containsString("长白镇"))));
        // an account's form opens on the county of its scope, its region chosen
        long longshan = logins.prepareLogin("longshan").orElseThrow().id();
        mvc.perform(get("/admin/accounts/" + longshan).session(admin))
                .andExpect(content().string(containsString("<option value=\"522730000000\" selected=\"selected\">")))
                .andExpect(content().string(containsString("selected=\"selected\">522730100000 龙山镇")))
                .andExpect(content().string(not(containsString("长白镇"))));
        long police = logins.prepareLogin("police").orElseThrow().id();
        mvc.perform(get("/admin/accounts/" + police).session(admin))
                .andExpect(content().string(containsString("selected=\"selected\">龙里县公安局")));
        // choosing another county fetches its choices alone (htmx)
        mvc.perform(get("/admin/accounts/scope-choices").param("county", "522730000000").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"scope-choices\"")))
                .andExpect(content().string(containsString("龙山镇")))
                .andExpect(content().string(not(containsString("长白镇"))))
                .andExpect(content().string(not(containsString("<html"))));
        // the region and unit pages likewise, with the county chooser
        mvc.perform(get("/admin/regions").param("county", "220623000000").session(admin))
                .andExpect(content().string(containsString("id=\"county-chooser\"")))
                .andExpect(content().string(containsString("十四道沟镇")))
                .andExpect(content().string(not(containsString("湾滩河镇"))));
        mvc.perform(get("/admin/organisations").param("county", "220623000000").session(admin))
                .andExpect(content().string(containsString("县卫生和计划生育局")))
                .andExpect(content().string(not(containsString("龙里县公安局"))));
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
