package org.guanai.registry.bench;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guanai.registry.RegistryApplication;
import org.guanai.registry.WebTestSupport;
import org.guanai.registry.person.RosterLine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.unbescape.html.HtmlEscape;

/**
 * The measurement issue 6/6 asks for before another template engine is proposed for a list: what rendering
 * {@code /children} (a town's roster list, 50 lines, as {@code longshan}) costs with Thymeleaf, and what its lines
 * would cost written by plain Java. In one process, alternately, on the model of one real request: the whole page as the
 * application renders it, the table's body alone by Thymeleaf (the real template, selected by {@code tbody}), the same
 * body by a plain Java writer (whose output is checked to be the same cells, links and badges), and the whole request
 * through the filters, the controller and its reads. Prints figures; asserts nothing about time.
 *
 * <pre>./mvnw -B -q -pl registry-web -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.guanai.registry.bench.RenderingBenchmark</pre>
 *
 * The demo county is loaded once into {@code data/bench-render-postgres} (git-ignored) and reused.
 */
public final class RenderingBenchmark {

    private static final int ROUNDS = 5;
    private static final int RENDERS = 2_000;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--registry.embedded-db.data-dir=data/bench-render-postgres", "--spring.main.banner-mode=off",
                        "--server.port=0", "--registry.scheduling.enabled=false", "--logging.level.root=WARN")) {
            awaitDemoData(context);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity())
                    .build();
            MockHttpSession session = WebTestSupport.login(mvc, "longshan", WebTestSupport.DEMO_PASSWORD);
            MvcResult request = mvc.perform(get("/children").session(session)).andReturn();
            Map<String, Object> model = request.getModelAndView().getModel();
            @SuppressWarnings("unchecked")
            List<RosterLine> lines = (List<RosterLine>) model.get("lines");
            ThymeleafViewResolver views = context.getBean(ThymeleafViewResolver.class);
            View page = views.resolveViewName("child/list", Locale.SIMPLIFIED_CHINESE);
            View body = views.resolveViewName("child/list :: tbody", Locale.SIMPLIFIED_CHINESE);
            String exited = context.getBean(MessageSource.class).getMessage("value.EXITED", null,
                    Locale.SIMPLIFIED_CHINESE);
            MockHttpServletRequest servletRequest = request.getRequest();

            String thymeleafBody = render(body, model, servletRequest);
            String javaBody = javaBody(lines, "/children", exited);
            requireSameTable(thymeleafBody, javaBody);
            System.out.printf("%n/children as longshan: %d lines, page %,d characters, its table's body %,d "
                    + "(Thymeleaf) and %,d (plain Java)%n", lines.size(), render(page, model, servletRequest).length(),
                    thymeleafBody.length(), javaBody.length());

            WebTestSupport.Action[] tasks = {
                () -> render(page, model, servletRequest).length(),
                () -> render(body, model, servletRequest).length(),
                () -> javaBody(lines, "/children", exited).length(),
                () -> mvc.perform(get("/children").session(session)).andReturn().getResponse().getContentLength(),
            };
            String[] names = {"the page, rendered by Thymeleaf", "its table's body, by Thymeleaf",
                "its table's body, by plain Java", "the whole request (MockMvc: filters, reads, rendering)"};
            for (WebTestSupport.Action task : tasks) { // warm-up, every path as often as it is measured
                for (int i = 0; i < RENDERS; i++) {
                    task.run();
                }
            }
            double[][] ms = new double[tasks.length][ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                for (int k = 0; k < tasks.length; k++) {
                    int t = round % 2 == 0 ? k : tasks.length - 1 - k; // the order alternates: the machine is noisy
                    long t0 = System.nanoTime();
                    int renders = t == 3 ? RENDERS / 4 : RENDERS;
                    for (int i = 0; i < renders; i++) {
                        tasks[t].run();
                    }
                    ms[t][round] = (System.nanoTime() - t0) / 1e6 / renders;
                }
            }
            System.out.printf("%n%-58s %s%n", "ms per render (one thread, warm), round by round", "median");
            for (int t = 0; t < tasks.length; t++) {
                StringBuilder row = new StringBuilder();
                for (double v : ms[t]) {
                    row.append(String.format("%7.3f", v));
                }
                System.out.printf("%-58s %s   %7.3f%n", names[t], row, median(ms[t]));
            }
            double pageMs = median(ms[0]);
            double thymeleafBodyMs = median(ms[1]);
            double javaBodyMs = median(ms[2]);
            double requestMs = median(ms[3]);
            System.out.printf("%nthe table's body: plain Java / Thymeleaf = %.3f; its share of the page's rendering "
                    + "%.0f %%, of the whole request %.0f %%%n", javaBodyMs / thymeleafBodyMs, 100 * thymeleafBodyMs / pageMs,
                    100 * thymeleafBodyMs / requestMs);
            double pageWithJavaBody = pageMs - thymeleafBodyMs + javaBodyMs;
            double requestWithJavaBody = requestMs - thymeleafBodyMs + javaBodyMs;
            System.out.printf("the page with its body written by plain Java: %.3f ms instead of %.3f (%.2f ×); the whole "
                    + "request %.3f instead of %.3f ms (%.2f ×)%n", pageWithJavaBody, pageMs, pageMs / pageWithJavaBody,
                    requestWithJavaBody, requestMs, requestMs / requestWithJavaBody);
            System.out.printf("the whole request without rendering at all (the page's rendering taken off): %.3f ms%n",
                    requestMs - pageMs);
        }
    }

    private static String render(View view, Map<String, Object> model, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.render(model, request, response);
        return response.getContentAsString();
    }

    /** The lines as fragments/roster.html's lines write them for child/list.html, by hand. */
    static String javaBody(List<RosterLine> lines, String path, String exited) {
        StringBuilder out = new StringBuilder(lines.size() * 600);
        out.append("<tbody>\n");
        for (RosterLine r : lines) {
            out.append("<tr>\n<td><a href=\"").append(path).append('/').append(r.id()).append("\">")
                    .append(text(r.name())).append("</a>\n");
            if (r.exited()) {
                out.append("<span class=\"badge text-bg-secondary\">").append(text(exited)).append("</span>");
            }
            out.append("</td>\n");
            cell(out, null, r.sex());
            cell(out, null, r.birthDate());
            cell(out, null, Integer.toString(r.age()));
            cell(out, "mono", r.maskedIdNumber());
            cell(out, null, r.townName());
            cell(out, null, r.villageName());
            out.append("<td>");
            for (String badge : r.badges()) {
                out.append("<span class=\"badge text-bg-warning me-1\">").append(text(badge)).append("</span>");
            }
            out.append("</td>\n");
            for (String c : r.cells()) {
                cell(out, null, c);
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>").toString();
    }

    private static void cell(StringBuilder out, String cssClass, String value) {
        out.append(cssClass == null ? "<td>" : "<td class=\"" + cssClass + "\">").append(text(value)).append("</td>\n");
    }

    /** Escaped as Thymeleaf's th:text escapes. */
    private static String text(String value) {
        return value == null ? "" : HtmlEscape.escapeHtml4Xml(value);
    }

    /** The two bodies hold the same rows: each cell's text, each link and each badge. */
    private static void requireSameTable(String thymeleaf, String java) {
        List<Element> a = Jsoup.parseBodyFragment("<table>" + thymeleaf + "</table>").select("tr");
        List<Element> b = Jsoup.parseBodyFragment("<table>" + java + "</table>").select("tr");
        if (a.size() != b.size()) {
            throw new IllegalStateException("rows: " + a.size() + " against " + b.size());
        }
        for (int i = 0; i < a.size(); i++) {
            List<String> ca = a.get(i).select("td").eachText();
            List<String> cb = b.get(i).select("td").eachText();
            if (!ca.equals(cb) || !a.get(i).select("a").eachAttr("href").equals(b.get(i).select("a").eachAttr("href"))
                    || a.get(i).select("span.badge").size() != b.get(i).select("span.badge").size()) {
                throw new IllegalStateException("row " + i + " differs:\n" + a.get(i) + "\n" + b.get(i));
            }
        }
    }

    private static void awaitDemoData(ConfigurableApplicationContext context) throws InterruptedException {
        ApplicationAvailability availability = context.getBean(ApplicationAvailability.class);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the demo data was not loaded within 10 minutes");
            }
            Thread.sleep(500);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
