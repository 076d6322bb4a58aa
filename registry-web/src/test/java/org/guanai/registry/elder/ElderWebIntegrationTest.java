package org.guanai.registry.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.loadsOf;
import static org.guanai.registry.WebTestSupport.login;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.guanai.registry.SavedAtOnce;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ExitReason;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.VisitForm;
import org.guanai.registry.person.VisitKind;
import org.guanai.registry.person.VisitService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ElderFixtures;
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
class ElderWebIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ElderService elders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    VisitService visits;
    @Autowired
    PlatformTransactionManager transactions;

    Elder gujiaoElder;

    @BeforeEach
    void anElderOfGujiao() {
        gujiaoElder = elders.register(ElderFixtures.elder("谷" + UUID.randomUUID().toString().substring(0, 5),
                "522730101202"), true, Jurisdiction.region(RegionCode.of("522730101000")));
    }

    /** An elder's element collection is read again under the row lock too (docs/operations.md). */
    @ParameterizedTest(name = "the visit saved first: {0}")
    @ValueSource(booleans = {true, false})
    void aVisitAndAnExitOfOneElderSavedAtOnceAreBothKept(boolean visitFirst) throws Exception {
        long id = gujiaoElder.getId();
        Jurisdiction gujiao = Jurisdiction.region(RegionCode.of("522730101000"));
        VisitForm form = new VisitForm();
        form.setVisitDate(LocalDate.of(2026, 11, 2));
        form.setVisitor("李娟");
        form.setKind(VisitKind.PHONE);
        form.setFindings("好");
        Runnable visit = () -> visits.record(elders, id, form, gujiao);
        Runnable exit = () -> elders.exit(id, ExitReason.DECEASED, LocalDate.of(2026, 11, 3), null, gujiao);
        SavedAtOnce.run(transactions, jdbc, visitFirst ? visit : exit, visitFirst ? exit : visit);
        Elder kept = elders.get(id, gujiao);
        assertThat(kept.getStatus()).isEqualTo(PersonStatus.EXITED);
        assertThat(kept.getLastVisitDate()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    interface Endpoint {
        MockHttpServletRequestBuilder on(long id);
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("read", (Endpoint) id -> get("/elderly/" + id)),
                Arguments.of("history", (Endpoint) id -> get("/elderly/" + id + "/history")),
                Arguments.of("visits", (Endpoint) id -> get("/elderly/" + id + "/visits")),
                Arguments.of("edit form", (Endpoint) id -> get("/elderly/" + id + "/edit")),
                Arguments.of("edit", (Endpoint) id -> post("/elderly/" + id).param("version", "0").with(csrf())),
                Arguments.of("reveal", (Endpoint) id -> post("/elderly/" + id + "/reveal").with(csrf())),
                Arguments.of("exit", (Endpoint) id -> post("/elderly/" + id + "/exit").param("reason", "DECEASED")
                        .with(csrf())),
                Arguments.of("restore", (Endpoint) id -> post("/elderly/" + id + "/restore").with(csrf())),
                Arguments.of("visit", (Endpoint) id -> post("/elderly/" + id + "/visits")
                        .param("visitDate", LocalDate.now().toString()).param("visitor", "李娟").param("kind", "PHONE")
                        .param("findings", "好").with(csrf())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anotherTownsElderIs404AndAudited(String family, Endpoint endpoint) throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        int before = denied(gujiaoElder.getId());
        mvc.perform(endpoint.on(gujiaoElder.getId()).session(longshan)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(gujiaoElder.getName()))));
        assertThat(denied(gujiaoElder.getId())).isEqualTo(before + 1);
        assertThat(elders.get(gujiaoElder.getId(), Jurisdiction.everything()).getVersion())
                .isEqualTo(gujiaoElder.getVersion());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void reportersReachNoElder(String family, Endpoint endpoint) throws Exception {
        MockHttpSession school = login(mvc, "school1", DEMO_PASSWORD);
        mvc.perform(endpoint.on(gujiaoElder.getId()).session(school)).andExpect(status().isForbidden());
    }

    @Test
    void theTownRegistersAnElderWithChildrenAwayAndLogsAVisit() throws Exception {
        MockHttpSession gujiao = login(mvc, "gujiao", DEMO_PASSWORD);
        mvc.perform(get("/elderly/new").session(gujiao)).andExpect(status().isOk())
                .andExpect(content().string(containsString("外出子女")));
        String name = "吴" + UUID.randomUUID().toString().substring(0, 4);
        var result = mvc.perform(post("/elderly").session(gujiao).with(csrf()).param("name", name)
                        .param("sex", "FEMALE").param("birthDate", "1950-05-06").param("villageCode", "522730101203")
                        .param("livingArrangement", "ALONE").param("selfCare", "PARTIAL").param("health", "ILL")
                        .param("needs", "MEDICAL_CARE").param("childrenAway[0].name", "吴强")
                        .param("childrenAway[0].workPlace", "广东省深圳市").param("childrenAway[1].name", ""))
                .andExpect(redirectedUrlPattern("/elderly/*")).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(gujiao)).andExpect(content().string(containsString("吴强")))
                .andExpect(content().string(containsString("半自理")));
        mvc.perform(post(location + "/visits").session(gujiao).with(csrf()).param("visitDate", LocalDate.now().toString())
                .param("visitor", "张明").param("kind", "PHONE").param("findings", "电话问候，身体尚可"))
                .andExpect(redirectedUrlPattern("/elderly/*"));
        mvc.perform(get(location).session(gujiao)).andExpect(content().string(containsString("电话问候")));
        mvc.perform(get(location + "/visits").session(gujiao)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name + "的走访记录")))
                .andExpect(content().string(containsString("电话问候，身体尚可")));
        // The history's own page: the visit and the registration, newest first.
        mvc.perform(get(location + "/history").session(gujiao)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name + "的变更记录")))
                .andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder("id=\"history-list\"",
                        "<td>走访</td>", "<td>登记</td>")));
        mvc.perform(get("/elderly").param("q", name).session(gujiao)).andExpect(content().string(containsString(name)));
    }

    @Test
    void underSixtyIsExplainedNextToTheBirthDate() throws Exception {
        MockHttpSession gujiao = login(mvc, "gujiao", DEMO_PASSWORD);
        mvc.perform(post("/elderly").session(gujiao).with(csrf()).param("name", "年轻人").param("sex", "MALE")
                        .param("birthDate", LocalDate.now().minusYears(50).toString())
                        .param("villageCode", "522730101203").param("livingArrangement", "ALONE").param("selfCare", "SELF"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("留守老人须年满60周岁")));
    }

    @Test
    void anEldersPageAndItsPagesOfVisitsAndHistoryReadTheElderOnce() throws Exception {
        MockHttpSession gujiao = login(mvc, "gujiao", DEMO_PASSWORD);
        for (String page : new String[] {"", "/visits", "/history"}) {
            assertThat(loadsOf(entityManagerFactory, Elder.class,
                    () -> mvc.perform(get("/elderly/" + gujiaoElder.getId() + page).session(gujiao))
                            .andExpect(status().isOk())))
                    .as("loads of the elder for /elderly/{id}%s", page).isEqualTo(1);
        }
    }

    private int denied(long id) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' "
                + "and object_type = 'elder' and object_id = ?", Integer.class, String.valueOf(id));
    }
}
