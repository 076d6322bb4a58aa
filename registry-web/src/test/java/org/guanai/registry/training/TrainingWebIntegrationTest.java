package org.guanai.registry.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.guanai.registry.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A refused training or publicity record shows its form again as typed, the reason next to the field at fault. */
@WebIntegrationTest
class TrainingWebIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRefusedSessionKeepsWhatWasTypedAndChosenAndSaysWhyAtTheField() throws Exception {
        MockHttpSession cbtown = login(mvc, "cbtown", DEMO_PASSWORD);
        String attendee = "carer:" + jdbc.queryForObject(
                "select min(id) from carer where active and region_code like '2206231%'", Long.class);
        long before = jdbc.queryForObject("select count(*) from training_session", Long.class);
        String page = mvc.perform(post("/training/sessions").param("heldOn", today().toString())
                .param("topic", "留守儿童监护人培训").param("trainer", "县妇联 李玉").param("hours", "2,5")
                .param("attendee", attendee).param("otherAttendees", "30").param("note", "镇文化站")
                .with(csrf()).session(cbtown))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("sessionForm", "hours", "training.error.hours"))
                .andReturn().getResponse().getContentAsString();
        assertThat(jdbc.queryForObject("select count(*) from training_session", Long.class)).isEqualTo(before);

        Document form = Jsoup.parse(page);
        assertThat(form.select("#t-topic").val()).isEqualTo("留守儿童监护人培训");
        assertThat(form.select("#t-trainer").val()).isEqualTo("县妇联 李玉");
        assertThat(form.select("#t-hours").val()).isEqualTo("2,5");
        assertThat(form.select("#t-hours").hasClass("is-invalid")).isTrue();
        assertThat(form.select("#t-hours + .invalid-feedback").text()).contains("学时应为");
        assertThat(form.select("#t-others").val()).isEqualTo("30");
        assertThat(form.select("#t-note").val()).isEqualTo("镇文化站");
        assertThat(form.select("#t-attendees option[selected]").eachAttr("value")).containsExactly(attendee);
        assertThat(form.select("#t-topic").hasClass("is-invalid")).isFalse();

        // Corrected, it is saved with its attendee.
        mvc.perform(post("/training/sessions").param("heldOn", today().toString())
                .param("topic", "留守儿童监护人培训").param("trainer", "县妇联 李玉").param("hours", "2.5")
                .param("attendee", attendee).param("otherAttendees", "30").with(csrf()).session(cbtown))
                .andExpect(flash().attribute("success", "training.saved"));
        assertThat(jdbc.queryForObject("select count(*) from training_session", Long.class)).isEqualTo(before + 1);
    }

    @Test
    void aRefusedPublicityEventKeepsWhatWasTyped() throws Exception {
        MockHttpSession cbtown = login(mvc, "cbtown", DEMO_PASSWORD);
        String page = mvc.perform(post("/training/publicity").param("heldOn", today().toString())
                .param("kind", "LECTURE").param("place", "长白镇中心小学").param("reach", "二百五十")
                .param("note", "防溺水").with(csrf()).session(cbtown))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("publicityForm", "reach", "publicity.error.reach"))
                .andExpect(content().string(containsString("请填写覆盖人次")))
                .andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(page);
        assertThat(form.select("#p-place").val()).isEqualTo("长白镇中心小学");
        assertThat(form.select("#p-reach").val()).isEqualTo("二百五十");
        assertThat(form.select("#p-kind option[selected]").val()).isEqualTo("LECTURE");
        assertThat(form.select("#p-note").val()).isEqualTo("防溺水");
        // The other form is fresh.
        assertThat(form.select("#t-topic").val()).isEmpty();
        assertThat(form.select("#t-heldOn").val()).isEqualTo(today().toString());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
