package org.guanai.registry.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanai.registry.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A form sent twice is processed once (a visit logged by a double click is logged once), and two clerks saving
 * the same record lose nothing: the second is told, with what it typed still in the form.
 */
@WebIntegrationTest
class DoubleSubmitIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPostFormOfAPageCarriesItsOwnTokenAndTheLoginFormNone() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        long child = aLongshanChild();
        String page = mvc.perform(get("/children/" + child).session(longshan)).andReturn().getResponse()
                .getContentAsString();
        List<String> tokens = tokens(page);
        assertThat(tokens).isNotEmpty().doesNotHaveDuplicates();
        assertThat(tokens(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())).isEmpty();
    }

    @Test
    void aVisitSubmittedTwiceIsLoggedOnceAndTheRepeatGoesWhereTheFirstWent() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        long child = aLongshanChild();
        String token = tokenOfVisitForm(child, longshan);
        String findings = "双击测试" + UUID.randomUUID().toString().substring(0, 6);
        MvcResult first = mvc.perform(visit(child, token, findings, longshan)).andExpect(status().is3xxRedirection())
                .andReturn();
        MvcResult repeat = mvc.perform(visit(child, token, findings, longshan)).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(repeat.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(visits(findings)).isEqualTo(1);
        // Without the token (an old page, a script) nothing is deduplicated: a second visit is a second visit.
        mvc.perform(visit(child, null, findings, longshan)).andExpect(status().is3xxRedirection());
        assertThat(visits(findings)).isEqualTo(2);
    }

    @Test
    void fourSimultaneousSubmissionsOfOneFormLogOneVisit() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        long child = aLongshanChild();
        String token = tokenOfVisitForm(child, longshan);
        String findings = "并发测试" + UUID.randomUUID().toString().substring(0, 6);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> clicks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clicks.add(() -> mvc.perform(visit(child, token, findings, longshan)).andReturn().getResponse()
                        .getStatus());
            }
            for (Future<Integer> f : pool.invokeAll(clicks)) {
                assertThat(f.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(visits(findings)).isEqualTo(1);
    }

    @Test
    void aRefusedSubmissionSavesNothingAndReleasesItsTokenForTheCorrectedForm() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        long child = aLongshanChild();
        String token = tokenOfVisitForm(child, longshan);
        String findings = "更正测试" + UUID.randomUUID().toString().substring(0, 6);
        // A visit dated in the future is refused: nothing saved, the token free again.
        mvc.perform(post("/children/" + child + "/visits").session(longshan).with(csrf())
                .param(SubmissionTokens.PARAMETER, token).param("visitDate", LocalDate.now().plusDays(3).toString())
                .param("visitor", "李娟").param("kind", "HOME").param("findings", findings));
        assertThat(visits(findings)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from form_submission where token = ?", Integer.class, token))
                .isZero();
        mvc.perform(visit(child, token, findings, longshan)).andExpect(status().is3xxRedirection());
        assertThat(visits(findings)).isEqualTo(1);
    }

    @Test
    void twoClerksSavingTheSameChildLoseNothingTheSecondIsToldAndKeepsItsInput() throws Exception {
        long child = aLongshanChild();
        MockHttpSession first = login(mvc, "longshan", DEMO_PASSWORD);
        MockHttpSession second = login(mvc, "longshan", DEMO_PASSWORD);
        MockHttpServletRequestBuilder firstSave = editForm(child, first, "第一位办事员的备注");
        MockHttpServletRequestBuilder secondSave = editForm(child, second, "第二位办事员的备注");
        mvc.perform(firstSave).andExpect(status().is3xxRedirection());
        String refused = mvc.perform(secondSave).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("该记录已被他人修改").contains("第二位办事员的备注");
        assertThat(jdbc.queryForObject("select notes from child where id = ?", String.class, child))
                .isEqualTo("第一位办事员的备注");
    }

    /** The child's edit form as the page shows it, with its notes changed, ready to post. */
    private MockHttpServletRequestBuilder editForm(long child, MockHttpSession session, String notes) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/children/" + child + "/edit").session(session)).andReturn()
                .getResponse().getContentAsString());
        Element form = page.selectFirst("form[action=/children/" + child + "]");
        assertThat(form).isNotNull();
        MockHttpServletRequestBuilder post = post("/children/" + child).session(session).with(csrf());
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf") || name.equals("notes")) {
                continue;
            }
            if (input.is("select")) {
                Element selected = input.selectFirst("option[selected]");
                post.param(name, selected == null ? "" : selected.attr("value"));
            } else if (input.is("textarea")) {
                post.param(name, input.text());
            } else if (!input.attr("type").equals("checkbox") && !input.attr("type").equals("radio")
                    || input.hasAttr("checked")) {
                post.param(name, input.attr("value"));
            }
        }
        return post.param("notes", notes);
    }

    private MockHttpServletRequestBuilder visit(long child, String token, String findings, MockHttpSession session) {
        MockHttpServletRequestBuilder b = post("/children/" + child + "/visits").session(session).with(csrf())
                .param("visitDate", LocalDate.now().toString()).param("visitor", "李娟").param("kind", "HOME")
                .param("findings", findings);
        return token == null ? b : b.param(SubmissionTokens.PARAMETER, token);
    }

    private String tokenOfVisitForm(long child, MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/children/" + child).session(session)).andReturn().getResponse()
                .getContentAsString();
        Matcher form = Pattern.compile("<form[^>]+action=\"/children/" + child + "/visits\"(.*?)</form>", Pattern.DOTALL)
                .matcher(page);
        assertThat(form.find()).as("the visit form").isTrue();
        List<String> tokens = tokens(form.group(1));
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    private static List<String> tokens(String html) {
        Matcher m = Pattern.compile("name=\"" + SubmissionTokens.PARAMETER + "\"\\s+value=\"([^\"]+)\"").matcher(html);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }

    private long aLongshanChild() {
        return jdbc.queryForObject("select min(id) from child where village_code like '522730100%' "
                + "and status = 'ACTIVE'", Long.class);
    }

    private int visits(String findings) {
        return jdbc.queryForObject("select count(*) from visit where findings = ?", Integer.class, findings);
    }
}
