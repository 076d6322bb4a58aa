package org.guanai.registry.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.guanai.registry.WebTestSupport.uniqueName;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.account.Account;
import org.guanai.registry.account.AccountForm;
import org.guanai.registry.account.AccountService;
import org.guanai.registry.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each role's home page shows the figures of its own scope, and the charts carry the same figures. */
@WebIntegrationTest
class HomeDashboardIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    AccountService accounts;
    @Autowired
    HomeFigures homeFigures;

    @Test
    void theCountyOfficeSeesTheCountysFiguresAndTheKeyTargetsChartPerTown() throws Exception {
        Document page = home("county");
        assertThat(number(page, "figure-children")).isEqualTo(jdbc.queryForObject(
                "select count(*) from child where status = 'ACTIVE' and village_code like '522730%'", Long.class));
        assertThat(number(page, "figure-elders")).isEqualTo(jdbc.queryForObject(
                "select count(*) from elder where status = 'ACTIVE' and village_code like '522730%'", Long.class));
        JsonNode chart = json.readTree(page.getElementById("chart-key-targets").attr("data-chart"));
        List<String> towns = new ArrayList<>();
        chart.get("categories").forEach(c -> towns.add(c.asString()));
        assertThat(towns).contains("龙山镇", "谷脚镇");
        long longshan = chart.get("series").get(0).get("data").get(towns.indexOf("龙山镇")).asLong();
        assertThat(longshan).isEqualTo(jdbc.queryForObject("select count(*) from child where status = 'ACTIVE' "
                + "and key_target and village_code like '522730100%'", Long.class));
        assertThat(json.readTree(page.getElementById("chart-cases").attr("data-chart")).get("categories").size())
                .isEqualTo(12);
        assertThat(json.readTree(page.getElementById("chart-timeliness").attr("data-chart")).get("series").size())
                .isEqualTo(4);
        assertThat(page.getElementById("cases-by-type").select("tr[data-type=DROPOUT] td").first().text())
                .isEqualTo(String.valueOf(jdbc.queryForObject("select count(*) from case_file where not closed and "
                        + "case_type = 'DROPOUT' and region_code like '522730%'", Long.class)));
        assertThat(page.getElementById("home-report")).isNotNull();
    }

    @Test
    void aTownSeesItsVillagesAndADepartmentItsTasksAndAReporterNoFigures() throws Exception {
        Document town = home("longshan");
        assertThat(number(town, "figure-children")).isEqualTo(jdbc.queryForObject(
                "select count(*) from child where status = 'ACTIVE' and village_code like '522730100%'", Long.class));
        assertThat(json.readTree(town.getElementById("chart-key-targets").attr("data-chart")).get("categories")
                .toString()).contains("中坝村").doesNotContain("谷脚");
        assertThat(number(town, "report-not-in") + number(town, "report-submitted") + number(town, "report-returned")
                + number(town, "report-approved")).isEqualTo(1);

        Document edu = home("edu");
        long parts = number(edu, "tasks-not-started") + number(edu, "tasks-in-progress") + number(edu, "tasks-done");
        assertThat(parts).isEqualTo(jdbc.queryForObject("select count(*) from plan_task where county_code = "
                + "'522730000000' and archived_on is null and (lead_line = 'EDUCATION' or responsible_lines like "
                + "'%EDUCATION%')", Long.class));

        Document school = home("school1");
        assertThat(school.getElementById("figures")).isNull();
        assertThat(school.select("[data-chart]")).isEmpty();
        assertThat(school.getElementById("home-tasks")).isNull();
    }

    /** The page says when its figures were worked out (kept a minute per scope outside the tests: HomeFigures). */
    @Test
    void theFiguresSayWhenTheyWereWorkedOut() throws Exception {
        assertThat(home("county").getElementById("figures-at").text()).startsWith("以下数据更新于 20");
        assertThat(home("longshan").getElementById("figures-at")).isNotNull();
        assertThat(home("school1").getElementById("figures-at")).as("a reporter has no figures").isNull();
    }

    /**
     * Where the figures are kept (outside the tests), a second clerk of the same town is shown the figures rendered for
     * the first, and nothing of the first: the kept part holds the scope's figures only, the page the user's own.
     * (The tests' age is 0, so this test gives the context's HomeFigures a minute and takes it back.)
     */
    @Test
    void theKeptFiguresAreTheScopesAndThePageTheUsersOwn() throws Exception {
        Account second = accounts.createWithPassword(new AccountForm(uniqueName("ls"), "龙山第二文员", Role.TOWN,
                "522730100000", null), "Right#Pass1", false);
        ReflectionTestUtils.setField(homeFigures, "maxAge", Duration.ofMinutes(1));
        try {
            Document first = home("longshan");
            Document other = Jsoup.parse(mvc.perform(get("/").session(login(mvc, second.getUsername(), "Right#Pass1")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(other.getElementById("figures-at").text()).as("the same rendering, kept")
                    .isEqualTo(first.getElementById("figures-at").text());
            assertThat(other.getElementById("dashboard").outerHtml()).isEqualTo(first.getElementById("dashboard").outerHtml());
            assertThat(other.getElementById("home-care").outerHtml()).isEqualTo(first.getElementById("home-care").outerHtml());
            assertThat(other.select("h1").text()).contains("龙山第二文员");
            String longshansName = jdbc.queryForObject("select display_name from account where username = 'longshan'",
                    String.class);
            assertThat(other.body().text()).doesNotContain(longshansName);
        } finally {
            ReflectionTestUtils.setField(homeFigures, "maxAge", Duration.ZERO);
        }
    }

    private Document home(String user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").session(login(mvc, user, DEMO_PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static long number(Document page, String id) {
        return Long.parseLong(page.getElementById(id).text());
    }
}
