package org.guanai.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.freshIp;
import static org.guanai.registry.WebTestSupport.login;
import static org.guanai.registry.WebTestSupport.loginRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.guanai.registry.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class AuditPageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"county", "auditor"})
    void theCountyOfficeAndTheAuditorReadTheAuditTrailWithFilters(String username) throws Exception {
        MockHttpSession session = login(mvc, username, DEMO_PASSWORD);
        login(mvc, "gujiao", DEMO_PASSWORD);
        mvc.perform(get("/audit").param("username", "gujiao").param("action", "LOGIN").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>gujiao</td>")))
                .andExpect(content().string(not(containsString("<td>county</td>"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "longshan", "zhongba", "edu", "school1", "inspector"})
    void othersAreRefusedAndTheAttemptIsAudited(String username) throws Exception {
        MockHttpSession session = login(mvc, username, DEMO_PASSWORD);
        // The Chinese 403 page itself is rendered by the error dispatch of a real server: see LoginJourneyIT.
        mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(get("/audit").param("username", username).param("action", "ACCESS_DENIED").session(county))
                .andExpect(content().string(containsString("GET /audit")));
    }

    @Test
    void aCountyReadsOnlyItsOwnCountysTrailAndTheAuditorTheInstallationsToo() throws Exception {
        String otherCounty = "522701000000";
        jdbc.update("insert into audit_event (id, occurred_at, actor_username, action, outcome, detail, county_code) "
                + "values (nextval('audit_event_seq'), now(), 'elsewhere', 'LOGIN', 'SUCCESS', 'other county', ?)",
                otherCounty);
        jdbc.update("insert into audit_event (id, occurred_at, actor_username, action, outcome, detail) "
                + "values (nextval('audit_event_seq'), now(), 'system', 'AUDIT_PURGED', 'SUCCESS', 'installation row')");
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        String countyPage = mvc.perform(get("/audit").session(county)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(countyPage).doesNotContain("other county").doesNotContain("installation row");
        String auditorPage = mvc.perform(get("/audit").session(login(mvc, "auditor", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(auditorPage).doesNotContain("other county").contains("installation row");
    }

    /** Beyond the rows its pages reach (201 pages of 50) the page says "more than", not a count of a trail of years. */
    @Test
    void aTrailLongerThanItsPagesReachSaysMoreThan() throws Exception {
        String many = "many" + System.nanoTime() % 100_000;
        jdbc.update("insert into audit_event (id, occurred_at, actor_username, action, outcome, county_code) "
                + "select nextval('audit_event_seq'), now() - make_interval(secs => g), ?, 'LOGIN', 'SUCCESS', "
                + "'522730000000' from generate_series(1, 10051) g", many);
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(get("/audit").param("username", many).session(county))
                .andExpect(content().string(containsString("超过 10,050 条，可按日期缩小范围")));
        mvc.perform(get("/audit").param("username", many).param("page", "200").session(county))
                .andExpect(content().string(containsString("<td>" + many + "</td>")))
                // the pages either side, the search kept
                .andExpect(content().string(containsString("/audit?username=" + many
                        + "&amp;action=&amp;outcome=&amp;from=&amp;to=&amp;page=199\">上一页</a>")))
                .andExpect(content().string(containsString("<span>第 201 页</span>")));
        jdbc.update("insert into audit_event (id, occurred_at, actor_username, action, outcome, county_code) "
                + "values (nextval('audit_event_seq'), now(), ?, 'LOGIN', 'SUCCESS', '522730000000')", many + "x");
        mvc.perform(get("/audit").param("username", many + "x").session(county))
                .andExpect(content().string(containsString("共 1 条")));
    }

    @Test
    void aLoginUnderAnUnknownNameKeepsOnlyItsHash() throws Exception {
        // Counted before and after: the test context's clock stands still, so "the last minute" says nothing.
        String hashedFailures = "select count(*) from audit_event where action = 'LOGIN' and outcome = 'FAILURE' "
                + "and actor_username like '?%'";
        int before = jdbc.queryForObject(hashedFailures, Integer.class);
        mvc.perform(loginRequest("MySecret#Pass2026", "x").with(freshIp())).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_username like '%MySecret%' "
                + "or detail like '%MySecret%'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject(hashedFailures, Integer.class)).isEqualTo(before + 1);
    }

    @Test
    void healthAnswersWithoutLoginAndShowsTheStatusOnly() throws Exception {
        // The probes' group names are listed (they tell nothing of the system); no component, no detail.
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}",
                        JsonCompareMode.STRICT));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT));
    }

    @Test
    void everyOtherActuatorEndpointNeedsTheAdministrator() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/metrics").session(login(mvc, "county", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").session(login(mvc, "admin", DEMO_PASSWORD))).andExpect(status().isOk());
    }
}
