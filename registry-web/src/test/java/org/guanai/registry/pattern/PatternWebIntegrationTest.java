package org.guanai.registry.pattern;

import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.guanai.registry.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class PatternWebIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTownKeepsItsVillagesTheInspectorReadsTheMatrix() throws Exception {
        // ⑥ is ticked; ② is what the carers show (the demo's 儿童主任 of 中坝村).
        long director = jdbc.queryForObject("select id from pattern_item where level = 'VILLAGE' and number = 6", Long.class);
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        mvc.perform(get("/pattern/522730100201").session(longshan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("一名专（兼）职儿童福利主任")))
                .andExpect(content().string(containsString("由关爱服务记录得出：")))
                .andExpect(content().string(containsString("吴芳")));
        mvc.perform(post("/pattern/522730100201").param("built." + director, "true").param("on." + director, "2017-05-01")
                        .param("note." + director, "王芳").with(csrf()).session(longshan))
                .andExpect(flash().attribute("success", "pattern.saved"));
        mvc.perform(post("/pattern/522730100201").param("on." + director, "昨天").with(csrf()).session(longshan))
                .andExpect(flash().attribute("failure", "pattern.error.date"));
        mvc.perform(get("/pattern/522730101201").session(longshan)).andExpect(status().isNotFound());
        mvc.perform(post("/pattern/522730101201").param("built." + director, "true").with(csrf()).session(longshan))
                .andExpect(flash().attribute("failure", "pattern.error.notYours"));
        MockHttpSession inspector = login(mvc, "inspector", DEMO_PASSWORD);
        mvc.perform(get("/pattern").session(inspector)).andExpect(status().isOk())
                .andExpect(content().string(containsString("县级（4项）")))
                .andExpect(content().string(containsString("√ 2017-05-01")));
        mvc.perform(post("/pattern/522730000000").with(csrf()).session(inspector)).andExpect(status().isForbidden());
        // 县教育局 leads town item ⑤ (少年宫): it reads the pattern and records that item, nothing else.
        MockHttpSession edu = login(mvc, "edu", DEMO_PASSWORD);
        mvc.perform(get("/pattern").session(edu)).andExpect(status().isOk());
        long youthPalace = jdbc.queryForObject("select id from pattern_item where county_code = '522730000000' and "
                + "archived_on is null and level = 'TOWN' and number = 5", Long.class);
        long office = jdbc.queryForObject("select id from pattern_item where county_code = '522730000000' and "
                + "archived_on is null and level = 'TOWN' and number = 1", Long.class);
        mvc.perform(post("/pattern/522730101000").param("built." + youthPalace, "true")
                .param("built." + office, "true").with(csrf()).session(edu)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "pattern.saved"));
        assertThat(jdbc.queryForObject("select count(*) from pattern_entry where region_code = '522730101000' and "
                + "item_id = ? and built and updated_by = 'edu'", Integer.class, youthPalace)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from pattern_entry where region_code = '522730101000' and "
                + "item_id = ? and updated_by = 'edu'", Integer.class, office)).as("the town's own item").isZero();
        // 中坝村 records its own ⑥ 一站式服务.
        long oneStop = jdbc.queryForObject("select id from pattern_item where county_code = '522730000000' and "
                + "archived_on is null and level = 'VILLAGE' and number = 6", Long.class);
        mvc.perform(post("/pattern/522730100201").param("built." + oneStop, "true").param("note." + oneStop,
                "村便民服务站").with(csrf()).session(login(mvc, "zhongba", DEMO_PASSWORD)))
                .andExpect(flash().attribute("success", "pattern.saved"));
        assertThat(jdbc.queryForObject("select note from pattern_entry where region_code = '522730100201' and "
                + "item_id = ?", String.class, oneStop)).isEqualTo("村便民服务站");
    }

    /**
     * The county office corrects an item: funds that do not read, or a blank title, come back as typed with the
     * reason at the field (they had sent the office back to an empty form), and nothing is written.
     */
    @Test
    void aRefusedCorrectionOfAnItemComesBackAsTyped() throws Exception {
        long item = jdbc.queryForObject("select id from pattern_item where county_code = '522730000000' "
                + "and level = 'COUNTY' and number = 2 and archived_on is null", Long.class);
        Map<String, Object> was = jdbc.queryForMap("select * from pattern_item where id = ?", item);
        String before = jdbc.queryForObject("select title || ' ' || funds_wan from pattern_item where id = ?",
                String.class, item);
        long version = jdbc.queryForObject("select version from pattern_item where id = ?", Long.class, item);
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        Document funds = Jsoup.parse(mvc.perform(post("/pattern/items/" + item).param("version", "" + version)
                .param("title", "县级未成年人保护中心（改）").param("lead", "EDUCATION").param("responsible", "HEALTH")
                .param("dueOn", "2027-06-30").param("fundsWan", "5万").with(csrf()).session(county))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(funds.select("#fundsWan + .invalid-feedback").text()).isEqualTo("资金应为不小于0的数字（万元）。");
        assertThat(funds.select("#fundsWan").val()).isEqualTo("5万");
        assertThat(funds.select("#title").val()).isEqualTo("县级未成年人保护中心（改）");
        assertThat(funds.select("#lead option[selected]").val()).isEqualTo("EDUCATION");
        assertThat(funds.select("#dueOn").val()).isEqualTo("2027-06-30");
        assertThat(funds.select("input[name=responsible][checked]").eachAttr("value")).containsExactly("HEALTH");
        Document tooMuch = Jsoup.parse(mvc.perform(post("/pattern/items/" + item).param("version", "" + version)
                .param("title", "县级项目").param("lead", "EDUCATION").param("fundsWan", "12345678901")
                .with(csrf()).session(county)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(tooMuch.select("#fundsWan").hasClass("is-invalid")).isTrue();
        Document noTitle = Jsoup.parse(mvc.perform(post("/pattern/items/" + item).param("version", "" + version)
                .param("title", " ").param("lead", "EDUCATION").param("fundsWan", "12.5").with(csrf())
                .session(county)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(noTitle.select("#title + .invalid-feedback").text()).isEqualTo("请填写项目名称（最多200字）。");
        assertThat(noTitle.select("#fundsWan").val()).isEqualTo("12.5");
        assertThat(jdbc.queryForObject("select title || ' ' || funds_wan from pattern_item where id = ?",
                String.class, item)).isEqualTo(before);
        mvc.perform(post("/pattern/items/" + item).param("version", "" + version).param("title", "县级项目（改）")
                .param("lead", "EDUCATION").param("fundsWan", "12.5").with(csrf()).session(county))
                .andExpect(flash().attribute("success", "pattern.saved"));
        assertThat(jdbc.queryForObject("select title || ' ' || lead_line || ' ' || responsible_lines || ' '  "
                + "|| coalesce(due_on::text, '-') || ' ' || funds_wan from pattern_item where id = ?", String.class,
                item)).isEqualTo("县级项目（改） EDUCATION  - 12.50");
        // Put back as the demo has it, for the other tests.
        jdbc.update("update pattern_item set title = ?, lead_line = ?, responsible_lines = ?, due_on = ?, "
                + "funds_wan = ? where id = ?", was.get("title"), was.get("lead_line"), was.get("responsible_lines"),
                was.get("due_on"), was.get("funds_wan"), item);
    }
}
