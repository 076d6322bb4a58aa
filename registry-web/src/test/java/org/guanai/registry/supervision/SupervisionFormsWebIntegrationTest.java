package org.guanai.registry.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.guanai.registry.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A refused inspection, follow-up or set of scores shows its form again as typed, the reason next to the field or
 * cell at fault, nothing of it saved.
 */
@WebIntegrationTest
class SupervisionFormsWebIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRefusedInspectionKeepsItsFindingsAndSaysWhyAtTheDate() throws Exception {
        MockHttpSession cbcounty = login(mvc, "cbcounty", DEMO_PASSWORD);
        String task = "task:" + jdbc.queryForObject("select min(id) from plan_task where county_code = '220623000000'",
                Long.class);
        long before = jdbc.queryForObject("select count(*) from inspection", Long.class);
        String page = mvc.perform(post("/supervision/inspections").param("kind", "SPECIAL")
                .param("inspectedOn", today().plusDays(3).toString()).param("inspectors", "县政府督查组 金科长")
                .param("units", "长白镇、八道沟镇").param("subject", task, "", "")
                .param("finding", "留守儿童台账未按月更新", "", "两名困境儿童未落实监护人")
                .param("summary", "限期一个月整改").with(csrf()).session(cbcounty))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("inspectionForm", "inspectedOn", "inspection.error.date"))
                .andReturn().getResponse().getContentAsString();
        assertThat(jdbc.queryForObject("select count(*) from inspection", Long.class)).isEqualTo(before);

        Document form = Jsoup.parse(page);
        assertThat(form.select("#inspectedOn").hasClass("is-invalid")).isTrue();
        assertThat(form.select("#inspectedOn + .invalid-feedback").text()).isNotBlank();
        assertThat(form.select("#kind option[selected]").val()).isEqualTo("SPECIAL");
        assertThat(form.select("#inspectors").val()).isEqualTo("县政府督查组 金科长");
        assertThat(form.select("#units").val()).isEqualTo("长白镇、八道沟镇");
        assertThat(form.select("#subject-1 option[selected]").val()).isEqualTo(task);
        assertThat(form.select("#finding-1").val()).isEqualTo("留守儿童台账未按月更新");
        assertThat(form.select("#finding-2").val()).isEmpty();
        assertThat(form.select("#finding-3").val()).isEqualTo("两名困境儿童未落实监护人");
        assertThat(form.select("#summary").text()).isEqualTo("限期一个月整改");
    }

    @Test
    void aRefusedFollowUpKeepsWhatWasTyped() throws Exception {
        MockHttpSession cbcounty = login(mvc, "cbcounty", DEMO_PASSWORD);
        mvc.perform(post("/supervision/inspections").param("kind", "QUARTERLY").param("inspectedOn", today().toString())
                .param("inspectors", "督查组").param("units", "长白镇").with(csrf()).session(cbcounty))
                .andExpect(flash().attribute("success", "inspection.saved"));
        long inspection = jdbc.queryForObject("select max(id) from inspection where county_code = '220623000000'",
                Long.class);
        String page = mvc.perform(post("/supervision/inspections/" + inspection + "/follow-ups")
                .param("kind", "TALK").param("targetUnit", "长白镇人民政府").param("reason", "台账长期未更新")
                .param("dueOn", "下月底").with(csrf()).session(cbcounty))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("followUpForm", "dueOn", "followUp.error.due"))
                .andReturn().getResponse().getContentAsString();
        assertThat(jdbc.queryForObject("select count(*) from follow_up where inspection_id = ?", Long.class,
                inspection)).isZero();
        Document form = Jsoup.parse(page);
        assertThat(form.select("#fu-kind option[selected]").val()).isEqualTo("TALK");
        assertThat(form.select("#fu-unit").val()).isEqualTo("长白镇人民政府");
        assertThat(form.select("#fu-reason").val()).isEqualTo("台账长期未更新");
        assertThat(form.select("#fu-due").hasClass("is-invalid")).isTrue();

        // Added, then closed with a date in the future: the line comes back with what was done, as typed.
        mvc.perform(post("/supervision/inspections/" + inspection + "/follow-ups").param("kind", "TALK")
                .param("targetUnit", "长白镇人民政府").param("reason", "台账长期未更新")
                .param("dueOn", today().plusDays(30).toString()).with(csrf()).session(cbcounty))
                .andExpect(flash().attribute("success", "followUp.saved"));
        long followUp = jdbc.queryForObject("select id from follow_up where inspection_id = ?", Long.class,
                inspection);
        Document closing = Jsoup.parse(mvc.perform(post("/supervision/follow-ups/" + followUp + "/close")
                .param("version", "0").param("inspection", Long.toString(inspection))
                .param("closedOn", today().plusDays(2).toString()).param("closure", "已约谈镇长，台账已补齐")
                .with(csrf()).session(cbcounty))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(closing.select("#closure-" + followUp).val()).isEqualTo("已约谈镇长，台账已补齐");
        assertThat(closing.select("#closed-on-" + followUp).hasClass("is-invalid")).isTrue();
        assertThat(closing.select("#closed-on-" + followUp + " + .invalid-feedback").text()).isNotBlank();
        assertThat(jdbc.queryForObject("select closed_on is null from follow_up where id = ?", Boolean.class,
                followUp)).isTrue();
    }

    @Test
    void scoresRefusedAreShownAgainAsTypedEveryCellAtFaultMarkedNoneSaved() throws Exception {
        MockHttpSession cbcounty = login(mvc, "cbcounty", DEMO_PASSWORD);
        int year = today().getYear() - 1;
        String good = "score|town:220623100000|学校关爱保护";
        String tooHigh = "score|town:220623101000|学校关爱保护";
        String notANumber = "score|town:220623100000|一人一档和包保家访";
        String page = mvc.perform(post("/supervision/assessment").param("year", Integer.toString(year))
                .param(good, "12").param(tooHigh, "16").with(csrf()).session(cbcounty))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(scoresOf(year)).isZero();
        Document sheet = Jsoup.parse(page);
        assertThat(cell(sheet, good).val()).isEqualTo("12");
        assertThat(cell(sheet, good).hasClass("is-invalid")).isFalse();
        assertThat(cell(sheet, tooHigh).val()).isEqualTo("16");
        assertThat(cell(sheet, tooHigh).hasClass("is-invalid")).isTrue();
        assertThat(cell(sheet, tooHigh).nextElementSibling().text()).isEqualTo("应为0至15分。");

        page = mvc.perform(post("/supervision/assessment").param("year", Integer.toString(year))
                .param(good, "12").param(notANumber, "十").with(csrf()).session(cbcounty))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        sheet = Jsoup.parse(page);
        assertThat(cell(sheet, notANumber).val()).isEqualTo("十");
        assertThat(cell(sheet, notANumber).hasClass("is-invalid")).isTrue();
        assertThat(cell(sheet, good).val()).isEqualTo("12");
        assertThat(scoresOf(year)).isZero();
    }

    private long scoresOf(int year) {
        return jdbc.queryForObject("select count(*) from assessment_score where county_code = '220623000000' "
                + "and year = ?", Long.class, year);
    }

    private static Element cell(Document sheet, String name) {
        return sheet.selectFirst("input[name=\"" + name + "\"]");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
