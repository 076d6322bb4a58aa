package org.guanai.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.guanai.registry.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Each role's main menu lists the entries of {@link MenuEntry}, and every entry it shows opens for that role. */
@WebIntegrationTest
class MainMenuIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            admin     | /admin/accounts /admin/regions /admin/organisations
            auditor   | /audit
            county    | /children /elderly /imports /inbox /my/people /care/activities /cases?open=true /mandatory-reports/new /reports /tasks \
            /pattern /committees/leading-group /plan /supervision /training /transfers /casework/routes /audit
            longshan  | /children /elderly /imports /inbox /my/people /care/activities /cases?open=true /mandatory-reports/new /reports /tasks \
            /pattern /committees/leading-group /plan /training /transfers
            edu       | /children /elderly /inbox /cases?open=true /mandatory-reports/new /reports /tasks \
            /pattern /committees/leading-group /plan /training
            school1   | /mandatory-reports/new /mandatory-reports/mine
            inspector | /children /elderly /care/activities /cases?open=true /reports /tasks /pattern /committees/leading-group \
            /plan /supervision /training /casework/routes
            zhongba   | /children /elderly /inbox /my/people /care/activities /cases?open=true /mandatory-reports/new /pattern \
            /transfers
            cbcounty  | /children /elderly /imports /inbox /my/people /care/activities /cases?open=true /mandatory-reports/new /reports /tasks \
            /committees/joint-meeting /plan /supervision /training /transfers /casework/routes /audit
            cbtown    | /children /elderly /imports /inbox /my/people /care/activities /cases?open=true /mandatory-reports/new /reports /tasks \
            /committees/joint-meeting /plan /training /transfers
            """)
    void aRoleSeesItsEntriesAndEachOpens(String user, String entries) throws Exception {
        MockHttpSession session = login(mvc, user, DEMO_PASSWORD);
        List<String> links = Jsoup.parse(mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).select("nav.mainnav a").eachAttr("href");
        // Home first and the password page last, for everyone.
        List<String> expected = List.of(("/ " + entries + " /account/second-factor /account/password").split("\\s+"));
        assertThat(links).containsExactlyElementsOf(expected);
        for (String link : links) {
            var response = mvc.perform(get(link).session(session)).andReturn().getResponse();
            for (int hop = 0; hop < 3 && response.getStatus() == 302; hop++) {
                // An entry may land on a sub-page (a town's report of the current quarter, …).
                response = mvc.perform(get(response.getRedirectedUrl()).session(session)).andReturn().getResponse();
            }
            assertThat(response.getStatus()).as(link).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"county, true", "longshan, true", "edu, true", "admin, false", "inspector, false", "school1, false"})
    void theInboxIsCountedForThoseWhoSeeItsEntry(String user, boolean counted) throws Exception {
        var model = mvc.perform(get("/account/password").session(login(mvc, user, DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        assertThat(model.containsKey("inboxCount")).isEqualTo(counted);
    }

    /** Exception handlers render the error page with a model of their own; it keeps the user's menu. */
    @Test
    void theErrorPageOfAnotherTownsChildKeepsTheMenu() throws Exception {
        long gujiaoChild = jdbc.queryForObject(
                "select min(id) from child where village_code between '522730101000' and '522730101999'", Long.class);
        List<String> links = Jsoup.parse(mvc.perform(get("/children/" + gujiaoChild)
                        .session(login(mvc, "longshan", DEMO_PASSWORD))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString()).select("nav.mainnav a").eachAttr("href");
        assertThat(links).contains("/children", "/imports", "/inbox").doesNotContain("/audit");
    }
}
