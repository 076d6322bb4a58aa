package org.guanai.registry.adoption;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The plan a county works under, over HTTP: its words on every page, the plan page and adoption, recurring and
 * archived tasks, the assessment, training and publicity, and the supervision workbook that holds them.
 */
@WebIntegrationTest
class PlanWebIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachCountyReadsItsOwnPlansWords() throws Exception {
        mvc.perform(get("/tasks").session(login(mvc, "cbcounty", DEMO_PASSWORD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("乡镇社会事业办")))
                .andExpect(content().string(not(containsString("镇（街道）"))))
                .andExpect(content().string(containsString("长白朝鲜族自治县")));
        mvc.perform(get("/tasks").session(login(mvc, "county", DEMO_PASSWORD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("镇（街道）社会事业办")));
    }

    /** Changbai's plan enables no elders' cases (兜底保障 stays): its elder's page offers none, one sent anyway is refused. */
    @Test
    void aCaseTypeThePlanDoesNotEnableIsNeitherOfferedNorOpened() throws Exception {
        MockHttpSession cbtown = login(mvc, "cbtown", DEMO_PASSWORD);
        long elder = jdbc.queryForObject("select min(id) from elder where village_code like '220623100%' and status = "
                + "'ACTIVE'", Long.class);
        mvc.perform(get("/elderly/" + elder).session(cbtown)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"SAFETY_NET\"")))
                .andExpect(content().string(not(containsString("value=\"ELDER_ABUSE\""))));
        mvc.perform(post("/elderly/" + elder + "/cases").param("type", "ELDER_ABUSE").with(csrf()).session(cbtown))
                .andExpect(flash().attribute("failure", "case.error.notInPlan"));
        long longliElder = jdbc.queryForObject("select min(id) from elder where village_code like '522730100%' and "
                + "status = 'ACTIVE'", Long.class);
        mvc.perform(get("/elderly/" + longliElder).session(login(mvc, "longshan", DEMO_PASSWORD)))
                .andExpect(content().string(containsString("value=\"ELDER_ABUSE\"")));
    }

    @Test
    void thePlanPageAdoptsOnlyALaterPlan() throws Exception {
        MockHttpSession cbcounty = login(mvc, "cbcounty", DEMO_PASSWORD);
        mvc.perform(get("/plan").session(cbcounty)).andExpect(status().isOk())
                .andExpect(content().string(containsString("长政办发〔2016〕39号")))
                .andExpect(content().string(containsString("adopt-longli-2017")));
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(get("/plan").session(county)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("adopt-changbai-2016"))));
        mvc.perform(post("/plan/adopt").param("planId", "changbai-2016").with(csrf()).session(county))
                .andExpect(flash().attribute("failure", "plan.error.notLater"));
        mvc.perform(get("/plan/changbai-2016/source").session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("苗春泽")));
        mvc.perform(get("/plan/no-such-plan/source").session(county)).andExpect(status().isNotFound());
    }

    @Test
    void theCountyAddsARecurringTaskAndArchivesIt() throws Exception {
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(post("/tasks").param("code", "月报").param("title", "每月25日前报送走访情况").param("lead",
                "CIVIL_AFFAIRS").param("every", "MONTH").param("everyDay", "45").with(csrf()).session(county))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("newTask", "everyDay", "task.error.rule"));
        mvc.perform(post("/tasks").param("code", "月报").param("title", "每月25日前报送走访情况").param("lead",
                "CIVIL_AFFAIRS").param("responsible", "TOWN").param("every", "MONTH").param("everyDay", "25")
                .param("fundsWan", "1.5").with(csrf()).session(county))
                .andExpect(flash().attribute("success", "task.added"));
        long id = jdbc.queryForObject("select id from plan_task where code = '月报' and county_code = '522730000000' "
                + "and archived_on is null", Long.class);
        assertThat(jdbc.queryForObject("select recurrence || ' ' || funds_wan from plan_task where id = ?",
                String.class, id)).isEqualTo("month 25 1.50");
        // A town reports on this month's instance.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate due = today.withDayOfMonth(25).isBefore(today) ? today.plusMonths(1).withDayOfMonth(25)
                : today.withDayOfMonth(25);
        mvc.perform(post("/tasks/" + id + "/report").param("period", due.toString()).param("status", "DONE")
                .with(csrf()).session(login(mvc, "longshan", DEMO_PASSWORD)))
                .andExpect(flash().attribute("success", "task.reported"));
        assertThat(jdbc.queryForObject("select period_due from task_report where task_id = ?", LocalDate.class, id))
                .isEqualTo(due);
        mvc.perform(post("/tasks/" + id + "/archive").param("version", "0").with(csrf()).session(county))
                .andExpect(flash().attribute("success", "task.archivedDone"));
        mvc.perform(get("/tasks").session(county)).andExpect(content().string(not(containsString("每月25日前报送走访情况"))));
        mvc.perform(get("/tasks").param("archived", "true").session(county))
                .andExpect(content().string(containsString("每月25日前报送走访情况")));
        mvc.perform(get("/tasks/" + id + "/edit").session(county)).andExpect(status().isOk());
        mvc.perform(post("/tasks/" + id).param("version", "1").param("title", "改").param("lead", "CIVIL_AFFAIRS")
                .param("dueOn", "2027-01-01").with(csrf()).session(county))
                .andExpect(content().string(containsString("任务已归档")));
    }

    @Test
    void assessmentTrainingAndInspectionsGoIntoTheSupervisionWorkbook() throws Exception {
        MockHttpSession cbcounty = login(mvc, "cbcounty", DEMO_PASSWORD);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        mvc.perform(post("/supervision/assessment").param("year", Integer.toString(year))
                .param("score|town:220623100000|学校关爱保护", "12").with(csrf()).session(cbcounty))
                .andExpect(flash().attribute("success", "assessment.saved"));
        mvc.perform(post("/supervision/assessment").param("year", Integer.toString(year))
                .param("score|town:220623100000|学校关爱保护", "16").with(csrf()).session(cbcounty))
                .andExpect(model().attribute("refusedCells", Set.of("score|town:220623100000|学校关爱保护")));
        mvc.perform(get("/supervision/assessment").session(cbcounty)).andExpect(status().isOk())
                .andExpect(content().string(containsString(year + "年度考核评比")));
        mvc.perform(post("/training/publicity").param("heldOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .param("kind", "LECTURE").param("place", "长白镇中心小学").param("reach", "250").with(csrf())
                .session(login(mvc, "cbtown", DEMO_PASSWORD)))
                .andExpect(flash().attribute("success", "publicity.saved"));
        mvc.perform(post("/training/sessions").param("heldOn", "2999-01-01").param("topic", "x").param("trainer", "y")
                .param("hours", "2").with(csrf()).session(login(mvc, "cbtown", DEMO_PASSWORD)))
                .andExpect(model().attributeHasFieldErrorCode("sessionForm", "heldOn", "training.error.date"));
        mvc.perform(get("/supervision").session(cbcounty)).andExpect(status().isOk())
                .andExpect(content().string(containsString("覆盖 250 人次")));
        mvc.perform(post("/supervision/inspections").param("kind", "QUARTERLY").param("inspectedOn",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()).param("inspectors", "县政府督查组")
                .param("units", "金华乡").with(csrf()).session(cbcounty)).andExpect(status().is3xxRedirection());
        byte[] file = mvc.perform(get("/supervision.xlsx").session(cbcounty)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).contains("督查记录", "督办事项", "考核评比", "培训宣传");
            assertThat(book.getSheet("督查记录").getRow(3).getCell(4).getStringCellValue()).isEqualTo("金华乡");
        }
        // Longli's workbook holds none of Changbai's records.
        byte[] longli = mvc.perform(get("/supervision.xlsx").session(login(mvc, "inspector", DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(longli))) {
            book.getSheet("督查记录").forEach(r -> r.forEach(c -> assertThat(c.toString()).doesNotContain("金华乡")));
        }
    }
}
