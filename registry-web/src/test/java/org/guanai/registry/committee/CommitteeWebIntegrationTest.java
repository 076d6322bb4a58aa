package org.guanai.registry.committee;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class CommitteeWebIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyoneUnderThePlanReadsTheRostersOnlyTheCountyOfficeKeepsThem() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        mvc.perform(get("/committees/leading-group").session(longshan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("陈曦")))
                .andExpect(content().string(containsString("副组长")))
                .andExpect(content().string(not(containsString("add-member"))));
        // The joint meeting is Changbai's plan's: its town reads it; Longli's plan sets up none.
        mvc.perform(get("/committees/joint-meeting").session(login(mvc, "cbtown", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("总召集人")))
                .andExpect(content().string(containsString("苗春泽")));
        mvc.perform(get("/committees/joint-meeting").session(login(mvc, "edu", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("苗春泽"))));
        mvc.perform(get("/committees/leading-group").session(login(mvc, "inspector", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/committees/leading-group").session(login(mvc, "school1", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/committees/leading-group/members").param("position", "MEMBER").param("personName", "某某")
                .with(csrf()).session(longshan)).andExpect(status().isForbidden());
        mvc.perform(get("/committees/steering").session(longshan)).andExpect(status().isNotFound());
    }

    @Test
    void theCountyOfficeAddsCorrectsAndRemovesAMemberAndARefusedLineKeepsWhatWasTyped() throws Exception {
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(post("/committees/leading-group/members").param("position", "MEMBER").param("personName", " ")
                .param("title", "").param("unit", "县医保局").with(csrf()).session(county))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写姓名或职务")))
                .andExpect(content().string(containsString("value=\"县医保局\"")));
        mvc.perform(post("/committees/leading-group/members").param("position", "MEMBER").param("personName", "吴测试")
                .param("title", "县医保局局长").param("unit", "县医保局").with(csrf()).session(county))
                .andExpect(flash().attribute("success", "committee.memberAdded"));
        long id = jdbc.queryForObject("select id from committee_member where person_name = '吴测试'", Long.class);
        mvc.perform(get("/committees/leading-group").session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("吴测试")));
        mvc.perform(get("/committees/leading-group/members/" + id).session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("县医保局局长")));
        mvc.perform(post("/committees/leading-group/members/" + id).param("version", "0").param("position", "MEMBER")
                .param("personName", "郑测试").param("title", "县医保局局长").param("sortOrder", "99").with(csrf())
                .session(county)).andExpect(flash().attribute("success", "committee.memberChanged"));
        // The order left empty: the form again as typed, the reason at the field (it had failed the request, 400).
        mvc.perform(post("/committees/leading-group/members/" + id).param("version", "1").param("position", "MEMBER")
                .param("personName", "孙测试").param("title", "县医保局局长").param("sortOrder", "").with(csrf())
                .session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"孙测试\"")))
                .andExpect(content().string(containsString("<div class=\"invalid-feedback\">请填写整数</div>")));
        // The copy the form showed first is stale now: refused, the typed name is shown again, nothing changes.
        mvc.perform(post("/committees/leading-group/members/" + id).param("version", "0").param("position", "MEMBER")
                .param("personName", "钱测试").param("title", "县医保局局长").param("sortOrder", "99").with(csrf())
                .session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录已被他人修改")))
                .andExpect(content().string(containsString("钱测试")));
        assertThat(jdbc.queryForObject("select person_name from committee_member where id = ?", String.class, id))
                .isEqualTo("郑测试");
        mvc.perform(post("/committees/leading-group/members/" + id + "/remove").param("version", "1").with(csrf())
                .session(county)).andExpect(flash().attribute("success", "committee.memberRemoved"));
        assertThat(jdbc.queryForObject("select count(*) from committee_member where id = ?", Integer.class, id))
                .isZero();
        mvc.perform(get("/committees/leading-group/members/" + id).session(county)).andExpect(status().isNotFound());
        // The name of the roster: a blank name is refused next to the form, with what was typed kept.
        mvc.perform(post("/committees/joint-meeting").param("version", "0").param("name", "")
                .param("office", "办公室设在县民政局（改）").with(csrf()).session(county)).andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写名称")))
                .andExpect(content().string(containsString("办公室设在县民政局（改）")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'committee_member'",
                Integer.class)).isGreaterThanOrEqualTo(3);
    }
}
