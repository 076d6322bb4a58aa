package org.guanai.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.WebTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files are served from their own paths only, so that page links are never looked up as files; they are linked
 * by names that change with their content and kept by the browser a year, while pages are never kept (decision 047).
 */
@WebIntegrationTest
class StaticResourcesTest {

    /** A project file's name with its content's hash ({@code app-<md5>.css}), or a webjar's path with its version. */
    private static final Pattern VERSIONED = Pattern.compile(
            "/(css|js)/[\\w-]+-[0-9a-f]{32}\\.(css|js)|/webjars/[\\w.-]+/\\d[\\w.-]*/.+\\.(css|js)");
    private static final String A_YEAR = "max-age=31536000";

    @Autowired
    ResourceUrlProvider resources;
    @Autowired
    MockMvc mvc;
    @Autowired
    DatabaseUnavailableFilter unavailable;

    @Test
    void onlyTheStaticPathsAreResourceMappingsAndTheyServeTheirFiles() throws Exception {
        assertThat(resources.getHandlerMap().keySet()).containsExactlyInAnyOrder("/css/**", "/js/**", "/webjars/**");
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/js/dashboard.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
    }

    @Test
    void pagesLinkEveryStyleSheetAndScriptByAVersionedNameKeptAYearAndArePagesNeverKept() throws Exception {
        MockHttpSession county = WebTestSupport.login(mvc, "county", WebTestSupport.DEMO_PASSWORD);
        // the login page (no session), and the county's home, which adds the charts' scripts
        List<String> links = new ArrayList<>(linksOf(mvc.perform(get("/login")).andReturn().getResponse()));
        MockHttpServletResponse home = mvc.perform(get("/").session(county)).andReturn().getResponse();
        links.addAll(linksOf(home));
        assertThat(links).contains("/css/app-" + md5("static/css/app.css") + ".css")
                .anyMatch(l -> l.matches("/js/dashboard-[0-9a-f]{32}\\.js"))
                .anyMatch(l -> l.startsWith("/webjars/echarts/"));
        for (String link : links) {
            assertThat(link).as("a link whose name stays when its file changes").matches(VERSIONED);
            MockHttpServletResponse file = mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(file.getHeader("Cache-Control")).as(link).contains(A_YEAR);
        }
        assertThat(home.getHeader("Cache-Control")).as("a page holds people's data").contains("no-store");
    }

    /** Another release's name (two nodes during a deploy) is refused, never answered with this release's file. */
    @Test
    void aNameThisReleaseDoesNotHaveIsNotFoundAndNotKept() throws Exception {
        for (String other : List.of("/css/app-00000000000000000000000000000000.css",
                "/webjars/bootstrap/5.2.0/css/bootstrap.min.css")) {
            MockHttpServletResponse answer = mvc.perform(get(other)).andExpect(status().isNotFound()).andReturn()
                    .getResponse();
            assertThat(answer.getHeader("Cache-Control")).as(other).doesNotContain(A_YEAR);
        }
    }

    @Test
    void theDatabaseOutagePageLinksItsStyleSheetsByTheirVersionedNamesToo() throws Exception {
        Document page = Jsoup.parse(new String(unavailable.page(), StandardCharsets.UTF_8));
        List<String> sheets = page.select("link[rel=stylesheet]").eachAttr("href");
        assertThat(sheets).hasSize(2).allMatch(l -> VERSIONED.matcher(l).matches(), "versioned");
        for (String sheet : sheets) {
            mvc.perform(get(sheet)).andExpect(status().isOk());
        }
        assertThat(page.getElementById("unavailable")).isNotNull();
    }

    /** A literal link would skip the rewriting to the versioned name, which only {@code @{…}} links pass. */
    @Test
    void noTemplateLinksAStaticFileLiterally() throws IOException {
        Pattern literal = Pattern.compile("(href|src)=\"/(css|js|webjars)/");
        List<Path> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                if (literal.matcher(Files.readString(file)).find()) {
                    offending.add(file);
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    private static List<String> linksOf(MockHttpServletResponse page) throws IOException {
        Document html = Jsoup.parse(page.getContentAsString());
        List<String> links = new ArrayList<>(html.select("link[rel=stylesheet]").eachAttr("href"));
        links.addAll(html.select("script[src]").eachAttr("src"));
        assertThat(links).isNotEmpty();
        return links;
    }

    private static String md5(String resource) throws Exception {
        try (InputStream in = StaticResourcesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(in.readAllBytes()));
        }
    }
}
