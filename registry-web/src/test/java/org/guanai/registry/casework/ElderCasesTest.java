package org.guanai.registry.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.Elder;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.ElderFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Elders' cases on the workflow machinery (docs/casework.md, "Elders' cases"). */
@WebIntegrationTest
class ElderCasesTest {

    static final String ZHONGBA = "522730100201";
    static final Jurisdiction COUNTY_REGION = Jurisdiction.region(RegionCode.of("522730000000"));
    static final SignedInUser ZHONGBA_WORKER = new SignedInUser(null, "zhongba", "吴芳", Role.VILLAGE,
            Jurisdiction.region(RegionCode.of(ZHONGBA)));

    @Autowired
    CaseService cases;
    @Autowired
    CaseInbox inbox;
    @Autowired
    ElderService elders;
    @Autowired
    ChildService children;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private Elder elder() {
        return elders.register(ElderFixtures.elder("案老" + UUID.randomUUID().toString().substring(0, 4), ZHONGBA),
                true, COUNTY_REGION);
    }

    @Test
    void anAbusedElderIsRoutedToTheTownsPoliceStationWhichHandlesIt() {
        Elder elder = elder();
        CaseFile c = cases.openForElder(CaseType.ELDER_ABUSE, elder.getId(), "邻居反映老人被子女打骂", ZHONGBA_WORKER);
        assertThat(c.getElderId()).isEqualTo(elder.getId());
        assertThat(c.getChildId()).isNull();
        assertThat(c.getState()).isEqualTo("REPORTED");
        long station = jdbc.queryForObject("select id from organisation where code = 'police-522730100000'",
                Long.class);
        assertThat(c.getOwnerOrganisationId()).isEqualTo(station);
        SignedInUser police = new SignedInUser(null, "pcs", "龙山派出所", Role.DEPARTMENT,
                Jurisdiction.department(station, RegionCode.of("522730100000")));
        assertThat(inbox.ofElder(elder.getId(), police)).extracting(CaseFile::getId).containsExactly(c.getId());
        CaseFile accepted = cases.take(c.getId(), c.getVersion(), "accept", Map.of(), null, police);
        CaseFile handled = cases.take(c.getId(), accepted.getVersion(), "handle",
                Map.of("measures", "训诫子女，责令履行赡养义务"), null, police);
        CaseFile closed = cases.take(c.getId(), handled.getVersion(), "close", Map.of("conclusion", "已办结"), null,
                police);
        assertThat(closed.isClosed()).isTrue();
        assertThatThrownBy(() -> cases.openForElder(CaseType.GUARDIANSHIP, elder.getId(), null, ZHONGBA_WORKER))
                .hasMessage("case.error.notForElders");
    }

    @Test
    void aHealthCheckIsRecordedByTheHealthBureauWithItsResult() throws Exception {
        Elder elder = elder();
        CaseFile c = cases.openForElder(CaseType.HEALTH_CHECK, elder.getId(), null, ZHONGBA_WORKER);
        assertThatThrownBy(() -> cases.openForElder(CaseType.HEALTH_CHECK, elder.getId(), null, ZHONGBA_WORKER))
                .hasMessage("case.error.alreadyOpen");
        MockHttpSession health = login(mvc, "health", DEMO_PASSWORD);
        mvc.perform(post("/cases/" + c.getId() + "/steps/check").param("version", Long.toString(c.getVersion()))
                .param("checkDate", "2026-11-20").param("checkResult", "NEEDS_ATTENTION")
                .param("checkFindings", "血压偏高，建议每月随访").with(csrf()).session(health));
        List<CaseFile> now = inbox.ofElder(elder.getId(), new SignedInUser(null, "county", "县留守办", Role.COUNTY,
                COUNTY_REGION));
        assertThat(now).singleElement().satisfies(k -> {
            assertThat(k.getState()).isEqualTo("CHECKED");
            assertThat(k.fact(CaseField.CHECK_RESULT)).isEqualTo("NEEDS_ATTENTION");
        });
        // The elder's page lists the case; the town opens one from it.
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        String page = mvc.perform(get("/elderly/" + elder.getId()).session(longshan)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("健康体检 #" + c.getId()).contains("老年人受侵害");
        mvc.perform(post("/elderly/" + elder.getId() + "/cases").param("type", "SAFETY_NET").with(csrf())
                .session(longshan));
        assertThat(inbox.ofElder(elder.getId(), new SignedInUser(null, "county", "县留守办", Role.COUNTY,
                COUNTY_REGION))).extracting(CaseFile::getType).contains(CaseType.SAFETY_NET);
        // A second one of a type already open is refused in words that fit an elder (they had said 该儿童).
        var refused = mvc.perform(post("/elderly/" + elder.getId() + "/cases").param("type", "SAFETY_NET")
                .with(csrf()).session(longshan)).andReturn();
        String again = mvc.perform(get("/elderly/" + elder.getId()).session(longshan)
                .flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("已有同类案件正在办理，请在该案件中继续办理。").doesNotContain("该儿童");
    }

    @Test
    void aChildHasNoElderAbuseCase() {
        long child = children.register(ChildFixtures.child("案童" + UUID.randomUUID().toString().substring(0, 4),
                ZHONGBA), true, COUNTY_REGION).getId();
        assertThatThrownBy(() -> cases.open(CaseType.ELDER_ABUSE, child, null, ZHONGBA_WORKER))
                .hasMessage("case.error.notForChildren");
        assertThat(cases.open(CaseType.HEALTH_CHECK, child, null, ZHONGBA_WORKER).getChildId()).isEqualTo(child);
    }
}
