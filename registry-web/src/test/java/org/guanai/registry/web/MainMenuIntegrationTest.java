package org.guanai.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.guanai.registry.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each role's main menu lists the entries of {@link MenuEntry}, every entry it shows opens for that role, and so does
 * every link its pages offer.
 */
@WebIntegrationTest
class MainMenuIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

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
            assertThat(opened(link, session).getStatus()).as(link).isEqualTo(200);
        }
    }

    /**
     * Everything a role's pages offer, up to three clicks from home, is the role's to use: every link opens, and every
     * form and htmx request is one the URL rules let the role send (asked of Spring Security, nothing is submitted).
     * The inspector was offered 待办 on the case list, a department an activity's page on a child's. One of each kind
     * (its path with the numbers taken out, and its parameters' names) is followed.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "auditor", "county", "longshan", "edu", "paichusuo", "school1", "inspector",
            "zhongba", "cbcounty", "cbtown"})
    void everythingARolesPagesOfferIsTheRolesToUse(String user) throws Exception {
        MockHttpSession session = login(mvc, user, DEMO_PASSWORD);
        Authentication signedIn = ((SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT"))
                .getAuthentication();
        Set<String> kinds = new HashSet<>(Set.of("/logout")); // a link there would end the session
        Map<String, String> refused = new TreeMap<>();
        Map<String, String> pages = Map.of("/", opened("/", session).getContentAsString());
        for (int click = 1; click <= 3; click++) {
            Map<String, String> next = new LinkedHashMap<>();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Document shown = Jsoup.parse(page.getValue());
                String offeredOn = " (offered on " + page.getKey() + ")";
                for (Element sent : shown.select("form, [hx-post], [hx-get]")) {
                    boolean post = sent.hasAttr("hx-post") || sent.attr("method").equalsIgnoreCase("post");
                    String method = post ? "POST" : "GET";
                    String target = sent.hasAttr("hx-post") ? sent.attr("hx-post")
                            : sent.hasAttr("hx-get") ? sent.attr("hx-get") : sent.attr("action");
                    String path = (target.isEmpty() ? page.getKey() : target).split("[?#]")[0];
                    if (kinds.add(method + " " + kindOf(path))
                            && !privileges.isAllowed("", path, method, signedIn)) {
                        refused.put(method + " " + path, "refused" + offeredOn);
                    }
                }
                for (String link : shown.select("a[href^=/]").eachAttr("href")) {
                    if (!kinds.add(kindOf(link))) {
                        continue;
                    }
                    MockHttpServletResponse response = opened(link, session);
                    if (response.getStatus() != 200) {
                        refused.put(link, response.getStatus() + offeredOn);
                    } else if (String.valueOf(response.getContentType()).startsWith("text/html")) {
                        next.put(link, response.getContentAsString());
                    }
                }
            }
            pages = next;
        }
        assertThat(refused).isEmpty();
        // The rules were asked with the user's own rights: only the administrator's open the accounts' page.
        assertThat(privileges.isAllowed("", "/admin/accounts", "GET", signedIn)).isEqualTo(user.equals("admin"));
    }

    /** The response at the end of up to three redirects (an entry may land on a sub-page: a town's current report). */
    private MockHttpServletResponse opened(String link, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = null;
        for (int hop = 0; hop < 4 && (response == null || response.getStatus() == 302); hop++) {
            String next = response == null ? link : response.getRedirectedUrl();
            response = mvc.perform(get(URI.create(next)).session(session)).andReturn().getResponse();
        }
        return response;
    }

    /** A link's path with its numbers taken out, and the names of its parameters. */
    private static String kindOf(String link) {
        String[] parts = link.split("[?#]", 3);
        String path = parts[0].replaceAll("\\d+", "N");
        if (parts.length < 2 || link.charAt(parts[0].length()) == '#') {
            return path;
        }
        return path + "?" + Arrays.stream(parts[1].split("&")).map(p -> p.split("=", 2)[0]).sorted().distinct()
                .collect(Collectors.joining("&"));
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
