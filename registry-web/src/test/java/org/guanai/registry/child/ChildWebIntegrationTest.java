package org.guanai.registry.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.loadsOf;
import static org.guanai.registry.WebTestSupport.login;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.guanai.registry.SavedAtOnce;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.care.Responsibilities;
import org.guanai.registry.elder.Elder;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.person.ExitReason;
import org.guanai.registry.person.Masks;
import org.guanai.registry.person.PersonRegistry;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.Sex;
import org.guanai.registry.person.VisitForm;
import org.guanai.registry.person.VisitKind;
import org.guanai.registry.person.VisitService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.ElderFixtures;
import org.guanai.registry.testsupport.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

@WebIntegrationTest
class ChildWebIntegrationTest {

    static final String GUJIAO_VILLAGE = "522730101201";
    static final String LONGSHAN_VILLAGE = "522730100201";
    static final Jurisdiction LONGSHAN = Jurisdiction.region(RegionCode.of("522730100000"));

    @Autowired
    MockMvc mvc;
    @Autowired
    ChildService children;
    @Autowired
    VisitService visits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Responsibilities responsibilities;
    @Autowired
    ElderService elders;

    Child gujiaoChild;
    Child longshanChild;

    @BeforeEach
    void twoChildrenInTwoTowns() {
        gujiaoChild = children.register(ChildFixtures.child("谷" + suffix(), GUJIAO_VILLAGE), true,
                Jurisdiction.region(RegionCode.of("522730101000")));
        longshanChild = children.register(ChildFixtures.child("龙" + suffix(), LONGSHAN_VILLAGE), true,
                Jurisdiction.region(RegionCode.of("522730100000")));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 5);
    }

    /** Every endpoint family of a child's record, as a request on the child's id. */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("read", (Endpoint) id -> get("/children/" + id)),
                Arguments.of("history", (Endpoint) id -> get("/children/" + id + "/history")),
                Arguments.of("history page", (Endpoint) id -> get("/children/" + id + "/history")
                        .param("after", "2026-01-01T00:00:00Z~" + Long.MAX_VALUE)),
                Arguments.of("visits", (Endpoint) id -> get("/children/" + id + "/visits")),
                Arguments.of("visits page", (Endpoint) id -> get("/children/" + id + "/visits")
                        .param("after", "2026-01-01~" + Long.MAX_VALUE)),
                Arguments.of("edit form", (Endpoint) id -> get("/children/" + id + "/edit")),
                Arguments.of("edit", (Endpoint) id -> post("/children/" + id).param("version", "0").param("name", "x")
                        .with(csrf())),
                Arguments.of("reveal", (Endpoint) id -> post("/children/" + id + "/reveal").with(csrf())),
                Arguments.of("exit", (Endpoint) id -> post("/children/" + id + "/exit").param("reason", "MOVED_AWAY")
                        .with(csrf())),
                Arguments.of("restore", (Endpoint) id -> post("/children/" + id + "/restore").with(csrf())),
                Arguments.of("visit", (Endpoint) id -> post("/children/" + id + "/visits")
                        .param("visitDate", LocalDate.now().toString()).param("visitor", "李娟").param("kind", "HOME")
                        .param("findings", "好").with(csrf())));
    }

    interface Endpoint {
        MockHttpServletRequestBuilder on(long id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTownClerkGets404AndAnAuditRowForAnotherTownsChild(String family, Endpoint endpoint) throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        int denied = denied(gujiaoChild.getId());
        mvc.perform(endpoint.on(gujiaoChild.getId()).session(longshan)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(gujiaoChild.getName()))));
        assertThat(denied(gujiaoChild.getId())).isEqualTo(denied + 1);
        Child after = children.get(gujiaoChild.getId(), Jurisdiction.everything());
        assertThat(after.getVersion()).isEqualTo(gujiaoChild.getVersion());
        assertThat(after.getLastVisitDate()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aReporterReachesNoPartOfTheRegistry(String family, Endpoint endpoint) throws Exception {
        MockHttpSession school = login(mvc, "school1", DEMO_PASSWORD);
        mvc.perform(endpoint.on(longshanChild.getId()).session(school)).andExpect(status().isForbidden());
        mvc.perform(get("/children").session(school)).andExpect(status().isForbidden());
    }

    @Test
    void aVisitDatedTodayInChinaIsAcceptedWhileItIsStillYesterdayInUtc() throws Exception {
        // 17:00 UTC is 01:00 the next day in Asia/Shanghai: "today" is the installation's day, not the JVM's.
        // The latest such evening that has passed: moving the clock hours ahead would expire the session the test logs
        // in with (the test failed whenever it ran between 00:00 and 17:00 UTC).
        Instant evening = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).atTime(17, 0)
                .toInstant(ZoneOffset.UTC);
        if (evening.isAfter(clock.instant())) {
            evening = evening.minus(Duration.ofDays(1));
        }
        Duration shift = Duration.between(clock.instant(), evening);
        clock.advance(shift);
        try {
            LocalDate chinaToday = LocalDate.ofInstant(evening, ZoneId.of("Asia/Shanghai"));
            mvc.perform(post("/children/" + longshanChild.getId() + "/visits").param("visitDate", chinaToday.toString())
                            .param("visitor", "李娟").param("kind", "HOME").param("findings", "夜间走访").with(csrf())
                            .session(login(mvc, "longshan", DEMO_PASSWORD)))
                    .andExpect(redirectedUrlPattern("/children/*"));
            assertThat(children.get(longshanChild.getId(), Jurisdiction.everything()).getLastVisitDate())
                    .isEqualTo(chinaToday);
        } finally {
            clock.advance(shift.negated());
        }
    }

    @Test
    void departmentsAndTheInspectorReadButChangeNothing() throws Exception {
        for (String user : new String[] {"edu", "inspector"}) {
            MockHttpSession session = login(mvc, user, DEMO_PASSWORD);
            mvc.perform(get("/children/" + gujiaoChild.getId()).session(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(gujiaoChild.getName())))
                    .andExpect(content().string(not(containsString("id=\"edit-child\""))));
            mvc.perform(get("/children").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("id=\"new-child\""))));
            mvc.perform(post("/children/" + gujiaoChild.getId() + "/exit").param("reason", "MOVED_AWAY").with(csrf())
                    .session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/children/new").session(session)).andExpect(status().isForbidden());
        }
    }

    @Test
    void aTownClerkIsOfferedToRegisterAndToEdit() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        mvc.perform(get("/children").session(longshan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"new-child\"")));
        mvc.perform(get("/children/" + longshanChild.getId()).session(longshan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"edit-child\"")));
    }

    @Test
    void theListShowsOnlyTheTownsChildrenWithMaskedNumbers() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        mvc.perform(get("/children").param("q", longshanChild.getName()).session(longshan)).andExpect(status().isOk())
                .andExpect(content().string(containsString(longshanChild.getName())))
                .andExpect(content().string(containsString(
                        Masks.idNumber(longshanChild.getDetails().getIdNumber()))))
                .andExpect(content().string(not(containsString(longshanChild.getDetails().getIdNumber()))));
        mvc.perform(get("/children").param("q", gujiaoChild.getName()).session(longshan))
                .andExpect(content().string(not(containsString(">" + gujiaoChild.getName() + "</a>"))))
                .andExpect(content().string(containsString("共 0 人")));
    }

    @Test
    void columnHeadersSortKeepingTheFilters() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        mvc.perform(get("/children").param("flag", "HARDSHIP").param("sort", "BIRTH").param("after", "2015-01-01~5")
                        .session(longshan))
                .andExpect(content().string(containsString("href=\"/children?flag=HARDSHIP&amp;sort=NAME\"")));
    }

    @Test
    void revealingTheNumberShowsItAndIsAudited() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        mvc.perform(post("/children/" + longshanChild.getId() + "/reveal").header("HX-Request", "true").with(csrf())
                .session(longshan)).andExpect(status().isOk())
                .andExpect(content().string(containsString(longshanChild.getDetails().getIdNumber())));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW_UNMASKED' "
                + "and object_id = ? and actor_username = 'longshan'", Integer.class,
                String.valueOf(longshanChild.getId()))).isEqualTo(1);
    }

    @Test
    void aWrongCheckDigitIsExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        String id = ChildFixtures.idNumber(LocalDate.of(2016, 4, 1), Sex.MALE);
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        String name = "错" + suffix();
        mvc.perform(post("/children").session(longshan).with(csrf()).param("leftBehind", "true")
                        .param("name", name).param("idNumber", wrong).param("hasHukou", "true").param("hukouType", "RURAL")
                        .param("villageCode", LONGSHAN_VILLAGE).param("schooling", "PRIMARY")
                        .param("guardianshipType", "GOOD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("公民身份号码校验位错误，应为 " + id.charAt(17))));
        assertThat(jdbc.queryForObject("select count(*) from child where name = ?", Integer.class, name)).isZero();
    }

    @Test
    void registerWithTheIdNumberOnlyFillsBirthDateAndSex() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        String id = ChildFixtures.idNumber(LocalDate.of(2016, 4, 1), Sex.MALE);
        String name = "新" + suffix();
        mvc.perform(post("/children").session(longshan).with(csrf()).param("leftBehind", "true")
                        .param("name", name).param("idNumber", id).param("hasHukou", "true").param("hukouType", "RURAL")
                        .param("villageCode", LONGSHAN_VILLAGE).param("schooling", "PRIMARY")
                        .param("guardianshipType", "GOOD").param("father.status", "WORKING_AWAY")
                        .param("father.workPlace", "浙江省宁波市").param("mother.status", "WORKING_AWAY")
                        .param("mother.workPlace", "广东省东莞市"))
                .andExpect(redirectedUrlPattern("/children/*")).andExpect(flash().attribute("success", "child.registered"));
        assertThat(jdbc.queryForObject("select birth_date::text || sex from child where name = ?", String.class, name))
                .isEqualTo("2016-04-01MALE");
        mvc.perform(get("/people/id-check").param("idNumber", id).session(longshan))
                .andExpect(content().string(containsString("2016-04-01")));
    }

    @Test
    void theFormPagesRender() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        mvc.perform(get("/children/new").session(longshan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("个人基本情况")));
        mvc.perform(get("/children/" + longshanChild.getId() + "/edit").session(longshan)).andExpect(status().isOk())
                .andExpect(content().string(containsString(longshanChild.getName())));
    }

    /**
     * The form offered the jurisdiction's first 500 elders by name and nothing else, so a county or a large town saved
     * the form of a child whose delegate was a later elder without them: the link was dropped unseen. Now it holds the
     * elder on record alone and finds others by search (README, the children's registry).
     */
    @Test
    void theFormKeepsTheDelegateElderOnRecordAndListsNoOtherElder() throws Exception {
        Elder grandma = elders.register(ElderFixtures.elder("老" + suffix(), LONGSHAN_VILLAGE), true, LONGSHAN);
        ChildDetails details = children.get(longshanChild.getId(), LONGSHAN).getDetails();
        details.setDelegated(true);
        details.getDelegate().setElderId(grandma.getId());
        details.getDelegate().setRelation("祖母");
        Child child = children.update(longshanChild.getId(), longshanChild.getVersion(), details, LONGSHAN);
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);

        Document form = Jsoup.parse(mvc.perform(get("/children/" + child.getId() + "/edit").session(longshan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element select = form.getElementById("delegate.elderId");
        assertThat(select.select("option")).extracting(o -> o.attr("value"))
                .containsExactly("", Long.toString(grandma.getId()));
        assertThat(select.selectFirst("option[selected]").text()).startsWith(grandma.getName())
                .doesNotContain(grandma.getDetails().getIdNumber());
        assertThat(form.getElementById("delegate.elderId-search").attr("hx-get"))
                .isEqualTo("/elderly/delegate-choices");

        MockHttpServletRequestBuilder save = post(form.getElementById("child-form").attr("action")).session(longshan);
        asABrowserSends(form.getElementById("child-form"), save);
        mvc.perform(save).andExpect(status().is3xxRedirection());
        assertThat(children.get(child.getId(), LONGSHAN).getDetails().getDelegate().getElderId())
                .isEqualTo(grandma.getId());
    }

    /** A form's fields as a browser sends them: checked boxes only, each select's chosen option. */
    private static void asABrowserSends(Element form, MockHttpServletRequestBuilder request) {
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String type = field.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            String value = switch (field.tagName()) {
                case "select" -> field.select("option[selected]").isEmpty()
                        ? field.select("option").first().attr("value")
                        : field.selectFirst("option[selected]").attr("value");
                case "textarea" -> field.wholeText();
                default -> field.attr("value");
            };
            request.param(field.attr("name"), value);
        }
    }

    @Test
    void aChildsPageShowsTheLatestChangesAndTheRestArePagedOnTheHistorysOwnPage() throws Exception {
        Child child = longshanChild;
        int edits = PersonRegistry.HISTORY_PAGE + 4;
        for (int i = 0; i < edits; i++) {
            ChildDetails edit = child.getDetails();
            edit.setCurrentAddress("第" + i + "组");
            child = children.update(child.getId(), child.getVersion(), edit, LONGSHAN);
        }
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        Document page = Jsoup.parse(mvc.perform(get("/children/" + child.getId()).session(longshan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#history-list tbody tr")).hasSize(PersonRegistry.HISTORY_PAGE);
        assertThat(page.select("#history-list").text()).contains("→ 第" + (edits - 1) + "组").doesNotContain("→ 第3组");
        String older = page.select("#older-history").attr("href");
        assertThat(older).startsWith("/children/" + child.getId() + "/history?after=");

        Document second = Jsoup.parse(mvc.perform(get(older).session(longshan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(second.select("#pages-title").text()).contains(child.getName());
        // The four oldest edits and the registration, the last page: no link further, one back to the latest.
        assertThat(second.select("#history-list tbody tr")).hasSize(5);
        assertThat(second.select("#history-list").text()).contains("→ 第3组", "登记").doesNotContain("→ 第4组");
        assertThat(second.select("#next-page")).isEmpty();
        assertThat(second.select("#first-page").attr("href")).isEqualTo("/children/" + child.getId() + "/history");
    }

    @Test
    void twoVisitsOfOneChildSavedAtOnceAreBothKept() throws Exception {
        long id = longshanChild.getId();
        savedAtOnce(() -> visits.record(children, id, homeVisit(LocalDate.of(2026, 11, 2), "甲"), LONGSHAN),
                () -> visits.record(children, id, homeVisit(LocalDate.of(2026, 11, 1), "乙"), LONGSHAN));
        assertThat(visitsOf(id)).isEqualTo(2);
        assertThat(children.get(id, LONGSHAN).getLastVisitDate()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @ParameterizedTest(name = "the visit saved first: {0}")
    @ValueSource(booleans = {true, false})
    void aVisitAndAnExitOfOneChildSavedAtOnceAreBothKept(boolean visitFirst) throws Exception {
        long id = longshanChild.getId();
        Runnable visit = () -> visits.record(children, id, homeVisit(LocalDate.of(2026, 11, 2), "甲"), LONGSHAN);
        Runnable exit = () -> children.exit(id, ExitReason.MOVED_AWAY, LocalDate.of(2026, 11, 3), null, LONGSHAN);
        savedAtOnce(visitFirst ? visit : exit, visitFirst ? exit : visit);
        Child kept = children.get(id, LONGSHAN);
        assertThat(kept.getStatus()).isEqualTo(PersonStatus.EXITED);
        assertThat(kept.getLastVisitDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(visitsOf(id)).isEqualTo(1);
    }

    @ParameterizedTest(name = "the visit saved first: {0}")
    @ValueSource(booleans = {true, false})
    void aVisitAndAResponsibleCadreOfOneChildSavedAtOnceAreBothKept(boolean visitFirst) throws Exception {
        long id = longshanChild.getId();
        long cadre = jdbc.queryForObject("select id from account where username = 'zhongba'", Long.class);
        String name = jdbc.queryForObject("select display_name from account where id = ?", String.class, cadre);
        Runnable visit = () -> visits.record(children, id, homeVisit(LocalDate.of(2026, 11, 2), "甲"), LONGSHAN);
        Runnable assign = () -> responsibilities.assign(PersonType.CHILD, id, "A" + cadre, LONGSHAN);
        savedAtOnce(visitFirst ? visit : assign, visitFirst ? assign : visit);
        Child kept = children.get(id, LONGSHAN);
        assertThat(kept.getLastVisitDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(kept.getDetails().getResponsibleCadre()).isEqualTo(name);
        assertThat(visitsOf(id)).isEqualTo(1);
    }

    @ParameterizedTest(name = "the visit saved first: {0}")
    @ValueSource(booleans = {true, false})
    void aVisitAndACaseStepChangingTheChildSavedAtOnceAreBothKept(boolean visitFirst) throws Exception {
        long id = longshanChild.getId();
        Runnable visit = () -> visits.record(children, id, homeVisit(LocalDate.of(2026, 11, 2), "甲"), LONGSHAN);
        Runnable step = () -> children.changeByCase(id, d -> d.setSchoolName("龙山镇第二小学"), "案件");
        savedAtOnce(visitFirst ? visit : step, visitFirst ? step : visit);
        Child kept = children.get(id, LONGSHAN);
        assertThat(kept.getLastVisitDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(kept.getDetails().getSchoolName()).isEqualTo("龙山镇第二小学");
        assertThat(jdbc.queryForObject("select count(*) from record_change where person_type = 'CHILD' "
                + "and person_id = ? and summary = '案件'", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aChildMovedToAnotherTownWhileItsOldTownExitsItIsNoLongerThatTownsToExit() {
        long id = longshanChild.getId();
        Jurisdiction county = Jurisdiction.region(RegionCode.of("522730000000"));
        assertThatThrownBy(() -> savedAtOnce(() -> children.transfer(id, GUJIAO_VILLAGE, null, county),
                () -> children.exit(id, ExitReason.MOVED_AWAY, null, null, LONGSHAN)))
                .hasCauseInstanceOf(OutsideJurisdictionException.class);
        Child kept = children.get(id, county);
        assertThat(kept.getVillageCode()).isEqualTo(GUJIAO_VILLAGE);
        assertThat(kept.getStatus()).isEqualTo(PersonStatus.ACTIVE);
    }

    private void savedAtOnce(Runnable first, Runnable second) throws Exception {
        SavedAtOnce.run(transactions, jdbc, first, second);
    }

    private int visitsOf(long id) {
        return jdbc.queryForObject("select count(*) from visit where person_type = 'CHILD' and person_id = ?",
                Integer.class, id);
    }

    private static VisitForm homeVisit(LocalDate date, String findings) {
        VisitForm form = new VisitForm();
        form.setVisitDate(date);
        form.setVisitor("李娟");
        form.setKind(VisitKind.HOME);
        form.setFindings(findings);
        return form;
    }

    @Test
    void aChildsPageShowsTheLatestVisitsAndTheRestArePagedOnTheVisitsOwnPage() throws Exception {
        int logged = VisitService.PAGE + 3;
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < logged; i++) {
            VisitForm form = new VisitForm();
            form.setVisitDate(first.plusWeeks(i));
            form.setVisitor("李娟");
            form.setKind(VisitKind.HOME);
            form.setFindings("第" + i + "次");
            visits.record(children, longshanChild.getId(), form, LONGSHAN);
        }
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        Document page = Jsoup.parse(mvc.perform(get("/children/" + longshanChild.getId()).session(longshan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#visit-list tbody tr")).hasSize(VisitService.PAGE);
        assertThat(page.select("#visit-list tbody tr").first().text()).contains("第" + (logged - 1) + "次");
        String older = page.select("#older-visits").attr("href");
        assertThat(older).startsWith("/children/" + longshanChild.getId() + "/visits?after=");

        Document second = Jsoup.parse(mvc.perform(get(older).session(longshan)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(second.select("#pages-title").text()).isEqualTo(longshanChild.getName() + "的走访记录");
        assertThat(second.select("#visit-list tbody tr")).extracting(Element::text)
                .anySatisfy(row -> assertThat(row).contains("第0次")).hasSize(3);
        assertThat(second.select("#next-page")).isEmpty();
        // The cursor only says where a page starts: 谷脚's clerk with it still reads nothing of 龙山's child.
        mvc.perform(get(older).session(login(mvc, "gujiao", DEMO_PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    void aChildsPageAndItsPagesOfVisitsAndHistoryReadTheChildOnce() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        // Each of the services a page asks checks the jurisdiction; in one transaction the child is read once
        // (the child's page read it three times, in five transactions).
        for (String page : new String[] {"", "/visits", "/history"}) {
            assertThat(loadsOf(entityManagerFactory, Child.class,
                    () -> mvc.perform(get("/children/" + longshanChild.getId() + page).session(longshan))
                            .andExpect(status().isOk())))
                    .as("loads of the child for /children/{id}%s", page).isEqualTo(1);
        }
    }

    private int denied(long id) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' "
                + "and object_type = 'child' and object_id = ?", Integer.class, String.valueOf(id));
    }
}
