package org.guanai.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.guanai.registry.WebTestSupport.loginEnrollingSecondFactor;
import static org.guanai.registry.WebTestSupport.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.account.AccountForm;
import org.guanai.registry.account.AccountService;
import org.guanai.registry.account.Role;
import org.guanai.registry.casework.CaseRouting;
import org.guanai.registry.casework.CaseType;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionKind;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Settings belong to a county: a second county's office reads and changes only its own case routes, tasks, 456 items,
 * committees and audit trail, never 龙里县's; a province-level inspector reads every county's, and changes none.
 */
@WebIntegrationTest
class CountySettingsIntegrationTest {

    static final String OTHER_COUNTY = "520198000000";
    static final String LONGLI_VILLAGE = "522730100201";

    @Autowired
    MockMvc mvc;
    @Autowired
    RegionService regions;
    @Autowired
    AccountService accounts;
    @Autowired
    CaseRouting routing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    MockHttpSession otherOffice;
    String otherOfficeName;

    @BeforeEach
    void otherCounty() throws Exception {
        if (regions.find(OTHER_COUNTY).isEmpty()) {
            regions.create(RegionCode.of(OTHER_COUNTY), "测试县", RegionCode.of("520000000000"), RegionKind.COUNTY, 99);
            regions.create(RegionCode.of("520198100000"), "测试镇", RegionCode.of(OTHER_COUNTY), RegionKind.TOWN, 1);
        }
        otherOfficeName = uniqueName("other");
        accounts.createDemoAccount(new AccountForm(otherOfficeName, "测试县民政局", Role.COUNTY, OTHER_COUNTY, null),
                DEMO_PASSWORD);
        otherOffice = loginEnrollingSecondFactor(mvc, otherOfficeName, DEMO_PASSWORD, clock);
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long longliTask() {
        return jdbc.queryForObject("select min(id) from plan_task where county_code = '522730000000'", Long.class);
    }

    @Test
    void anotherCountysOfficeSeesNoneOfLongliSettings() throws Exception {
        String title = jdbc.queryForObject("select title from plan_task where id = ?", String.class, longliTask());
        assertThat(page(otherOffice, "/tasks")).doesNotContain(title);
        assertThat(page(otherOffice, "/pattern")).doesNotContain("一个留守办");
        assertThat(page(otherOffice, "/committees/leading-group")).doesNotContain("陈  曦").doesNotContain("陈曦");
        assertThat(page(otherOffice, "/audit")).doesNotContain("<td>longshan</td>");
        mvc.perform(get("/tasks/" + longliTask() + "/edit").session(otherOffice)).andExpect(status().isNotFound());
    }

    @Test
    void anotherCountysOfficeChangesNoLongliTask() throws Exception {
        long id = longliTask();
        String before = jdbc.queryForObject("select title from plan_task where id = ?", String.class, id);
        mvc.perform(post("/tasks/" + id).with(csrf()).session(otherOffice).param("version", "0")
                .param("title", "改掉别县的任务").param("lead", "POLICE").param("dueOn", "2027-01-01"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select title from plan_task where id = ?", String.class, id)).isEqualTo(before);
    }

    @Test
    void aRouteChangedByAnotherCountyIsItsOwnAndLongliKeepsItsRoute() throws Exception {
        var longliBefore = routing.of(CaseType.MANDATORY_REPORT, LONGLI_VILLAGE);
        var other = routing.of(CaseType.MANDATORY_REPORT, "520198100000");
        mvc.perform(post("/casework/routes/MANDATORY_REPORT").with(csrf()).session(otherOffice)
                .param("version", Long.toString(other.getVersion())).param("departmentType", "EDUCATION")
                .param("timeLimitDays", "9")).andExpect(status().is3xxRedirection());
        assertThat(routing.of(CaseType.MANDATORY_REPORT, "520198100000").getDepartmentType())
                .isEqualTo(DepartmentType.EDUCATION);
        var longliAfter = routing.of(CaseType.MANDATORY_REPORT, LONGLI_VILLAGE);
        assertThat(longliAfter.getDepartmentType()).isEqualTo(longliBefore.getDepartmentType());
        assertThat(longliAfter.getTimeLimitDays()).isEqualTo(longliBefore.getTimeLimitDays());
    }

    @Test
    void aProvinceLevelInspectorReadsEveryCountyAndChangesNothing() throws Exception {
        String name = uniqueName("prov");
        accounts.createDemoAccount(new AccountForm(name, "省督查", Role.INSPECTOR, "520000000000", null), DEMO_PASSWORD);
        MockHttpSession province = login(mvc, name, DEMO_PASSWORD);
        String title = jdbc.queryForObject("select title from plan_task where id = ?", String.class, longliTask());
        String longli = page(province, "/tasks?county=522730000000");
        assertThat(longli).contains(title).contains("id=\"county-chooser\"");
        assertThat(page(province, "/tasks?county=" + OTHER_COUNTY)).doesNotContain(title);
        assertThat(page(province, "/committees/leading-group?county=522730000000")).contains("id=\"committee-name\"");
        assertThat(page(province, "/casework/routes?county=522730000000")).contains("MANDATORY_REPORT");
        page(province, "/pattern?county=522730000000");
        page(province, "/supervision?county=522730000000");
        mvc.perform(post("/tasks/" + longliTask()).with(csrf()).session(province).param("title", "x"))
                .andExpect(status().isForbidden());
    }
}
