package org.guanai.registry.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.guanai.registry.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class TaskWebIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachUnitReportsItsOwnPartTheInspectorReadsTheCountyAdds() throws Exception {
        long dropout = id("五（三）2");
        long hukou = id("五（四）2");
        MockHttpSession edu = login(mvc, "edu", DEMO_PASSWORD);
        mvc.perform(get("/tasks").session(edu)).andExpect(status().isOk())
                .andExpect(content().string(containsString("龙里县教育局")))
                .andExpect(content().string(not(containsString("龙里县公安局"))))
                .andExpect(content().string(containsString("id=\"report-" + dropout + "\"")));
        mvc.perform(post("/tasks/" + dropout + "/report").param("status", "IN_PROGRESS").param("note", "已核查 12 人")
                .param("evidence", "核查台账").with(csrf()).session(edu))
                .andExpect(flash().attribute("success", "task.reported"));
        mvc.perform(post("/tasks/" + hukou + "/report").param("status", "DONE").with(csrf()).session(edu))
                .andExpect(flash().attribute("failure", "task.error.notYourTask"));
        MockHttpSession inspector = login(mvc, "inspector", DEMO_PASSWORD);
        mvc.perform(get("/tasks").param("line", "EDUCATION").param("status", "IN_PROGRESS").session(inspector))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已核查 12 人")))
                .andExpect(content().string(not(containsString("class=\"row g-1 mt-1 task-report\""))));
        mvc.perform(post("/tasks/" + dropout + "/report").param("status", "DONE").with(csrf()).session(inspector))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tasks").session(login(mvc, "school1", DEMO_PASSWORD))).andExpect(status().isForbidden());
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(post("/tasks").param("code", "年度总结").param("title", "每年12月中旬报送年度工作总结")
                .param("lead", "CIVIL_AFFAIRS").param("responsible", "TOWN").param("dueOn", "2026-12-15").with(csrf())
                .session(county)).andExpect(flash().attribute("success", "task.added"));
        Document taken = Jsoup.parse(mvc.perform(post("/tasks").param("code", "年度总结").param("title", "重复")
                .param("lead", "CIVIL_AFFAIRS").param("dueOn", "2026-12-15").with(csrf()).session(county))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(taken.select("#task-code + .invalid-feedback").text()).isEqualTo("该条目编号已存在。");
        assertThat(taken.select("#task-title").val()).isEqualTo("重复");
        mvc.perform(post("/tasks").param("code", "x").param("title", "x").param("lead", "CIVIL_AFFAIRS")
                .param("dueOn", "2026-12-15").with(csrf()).session(edu)).andExpect(status().isForbidden());
        mvc.perform(get("/tasks").session(login(mvc, "longshan", DEMO_PASSWORD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("每年12月中旬报送年度工作总结")))
                .andExpect(content().string(not(containsString("谷脚镇"))));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'TASK_REPORTED'",
                Integer.class)).isPositive();
        // Supervision: the inspector and the county office only; the download is audited.
        mvc.perform(get("/supervision").session(inspector)).andExpect(status().isOk())
                .andExpect(content().string(containsString("龙里县教育局")));
        mvc.perform(get("/supervision.xlsx").session(inspector)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' "
                + "and object_type = 'supervision'", Integer.class)).isPositive();
        mvc.perform(get("/supervision").session(login(mvc, "longshan", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/supervision.xlsx").session(edu)).andExpect(status().isForbidden());
    }

    @Test
    void theCountyOfficeEditsATaskAndARefusedEditKeepsWhatWasTyped() throws Exception {
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(post("/tasks").param("code", "编辑测试").param("title", "报送半年工作小结")
                .param("lead", "CIVIL_AFFAIRS").param("dueOn", "2026-06-30").with(csrf()).session(county))
                .andExpect(flash().attribute("success", "task.added"));
        long task = id("编辑测试");
        long version = jdbc.queryForObject("select version from plan_task where id = ?", Long.class, task);
        mvc.perform(get("/tasks/" + task + "/edit").session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("报送半年工作小结")));
        // A start after the time limit: the form comes back with the typed title and the reason.
        mvc.perform(post("/tasks/" + task).param("version", String.valueOf(version)).param("title", "报送全年工作总结")
                .param("lead", "CIVIL_AFFAIRS").param("startsOn", "2026-12-01").param("dueOn", "2026-06-30")
                .with(csrf()).session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("报送全年工作总结")))
                .andExpect(content().string(containsString("开始日期不能晚于完成时限")));
        mvc.perform(post("/tasks/" + task).param("version", String.valueOf(version)).param("title", "报送全年工作总结")
                .param("lead", "CIVIL_AFFAIRS").param("responsible", "TOWN").param("dueOn", "2026-12-15")
                .with(csrf()).session(county)).andExpect(flash().attribute("success", "task.changed"));
        assertThat(jdbc.queryForObject("select title || ' ' || due_on || ' ' || responsible_lines from plan_task "
                + "where id = ?", String.class, task)).isEqualTo("报送全年工作总结 2026-12-15 TOWN");
        MockHttpSession edu = login(mvc, "edu", DEMO_PASSWORD);
        mvc.perform(get("/tasks/" + task + "/edit").session(edu)).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + task).param("version", String.valueOf(version + 1)).param("title", "改")
                .param("lead", "EDUCATION").param("dueOn", "2026-12-15").with(csrf()).session(edu))
                .andExpect(status().isForbidden());
    }

    /**
     * A task refused for what was typed comes back in the form as typed, the reason at the field at fault, and
     * nothing is written: funds of "5万" had failed the whole request (400), and any other refusal had emptied the
     * form.
     */
    @Test
    void aRefusedNewTaskComesBackAsTypedWithTheReasonAtItsField() throws Exception {
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        Document funds = Jsoup.parse(mvc.perform(post("/tasks").param("code", "资金测试")
                .param("title", "开展关爱活动").param("lead", "EDUCATION").param("responsible", "TOWN", "HEALTH")
                .param("dueOn", "2026-12-20").param("fundsWan", "5万").with(csrf()).session(county))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(funds.select("#task-funds").hasClass("is-invalid")).isTrue();
        assertThat(funds.select("#task-funds + .invalid-feedback").text()).isEqualTo("资金应为不小于0的数字（万元）。");
        assertThat(funds.select("#task-funds").val()).isEqualTo("5万");
        assertThat(funds.select("#task-code").val()).isEqualTo("资金测试");
        assertThat(funds.select("#task-title").val()).isEqualTo("开展关爱活动");
        assertThat(funds.select("#task-title").hasClass("is-invalid")).isFalse();
        assertThat(funds.select("#task-lead option[selected]").val()).isEqualTo("EDUCATION");
        assertThat(funds.select("#task-due").val()).isEqualTo("2026-12-20");
        assertThat(funds.select("#add-task input[name=responsible][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("TOWN", "HEALTH");
        Document noTitle = Jsoup.parse(mvc.perform(post("/tasks").param("code", "资金测试").param("title", " ")
                .param("lead", "EDUCATION").param("every", "YEAR").param("everyDay", "12-15").param("fundsWan", "2.5")
                .with(csrf()).session(county)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(noTitle.select("#task-title + .invalid-feedback").text()).isEqualTo("请填写任务（最多300字）。");
        assertThat(noTitle.select("#task-every option[selected]").val()).isEqualTo("YEAR");
        assertThat(noTitle.select("#task-every-day").val()).isEqualTo("12-15");
        assertThat(noTitle.select("#task-funds").val()).isEqualTo("2.5");
        assertThat(jdbc.queryForObject("select count(*) from plan_task where code = '资金测试'", Integer.class))
                .isZero();
    }

    /** The edit form: funds that do not read come back at their field, not as a failed request. */
    @Test
    void aTasksEditWithFundsThatDoNotReadComesBackAtTheField() throws Exception {
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(post("/tasks").param("code", "资金编辑").param("title", "年度经费").param("lead", "CIVIL_AFFAIRS")
                .param("dueOn", "2026-12-31").param("fundsWan", "3").with(csrf()).session(county))
                .andExpect(flash().attribute("success", "task.added"));
        long task = id("资金编辑");
        long version = jdbc.queryForObject("select version from plan_task where id = ?", Long.class, task);
        Document form = Jsoup.parse(mvc.perform(get("/tasks/" + task + "/edit").session(county))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#fundsWan").val()).isEqualTo("3.00");
        Document refused = Jsoup.parse(mvc.perform(post("/tasks/" + task).param("version", String.valueOf(version))
                .param("title", "年度经费（调整）").param("lead", "CIVIL_AFFAIRS").param("dueOn", "2026-12-31")
                .param("fundsWan", "-1").with(csrf()).session(county)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(refused.select("#fundsWan + .invalid-feedback").text()).isEqualTo("资金应为不小于0的数字（万元）。");
        assertThat(refused.select("#title").text()).isEqualTo("年度经费（调整）");
        Document notANumber = Jsoup.parse(mvc.perform(post("/tasks/" + task)
                .param("version", String.valueOf(version)).param("title", "年度经费").param("lead", "CIVIL_AFFAIRS")
                .param("dueOn", "2026-12-31").param("fundsWan", "三万").with(csrf()).session(county))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(notANumber.select("#fundsWan").val()).isEqualTo("三万");
        assertThat(notANumber.select("#fundsWan + .invalid-feedback").text()).isEqualTo("资金应为不小于0的数字（万元）。");
        assertThat(jdbc.queryForObject("select title || ' ' || funds_wan from plan_task where id = ?", String.class,
                task)).isEqualTo("年度经费 3.00");
    }

    private long id(String code) {
        return jdbc.queryForObject("select id from plan_task where code = ? and county_code = '522730000000' and "
                + "archived_on is null", Long.class, code);
    }
}
