package org.guanai.registry.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.guanai.registry.WebTestSupport.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.account.AccountForm;
import org.guanai.registry.account.AccountService;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.casework.CaseService;
import org.guanai.registry.casework.CaseType;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ElsewhereHits;
import org.guanai.registry.person.Sex;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Duplicates across jurisdictions without an oracle (a clerk learns that someone is registered elsewhere, never where;
 * after {@value ElsewhereHits#DAILY_LIMIT} people hit in a day the clerk is stopped and the county office alerted), and
 * the county office's transfer of a child who moved, which both towns see.
 */
@WebIntegrationTest
class DuplicatesAndTransfersIntegrationTest {

    static final Jurisdiction COUNTY = Jurisdiction.region(RegionCode.of("522730000000"));
    static final String LONGSHAN = "522730100000";
    static final String LONGSHAN_VILLAGE = "522730100203";
    static final String GUJIAO_VILLAGE = "522730101202";

    @Autowired
    MockMvc mvc;
    @Autowired
    ChildService children;
    @Autowired
    AccountService accounts;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    /** A town clerk of its own: the limit must not stop the demo accounts other tests use. */
    private MockHttpSession newLongshanClerk() throws Exception {
        return newLongshanClerk(uniqueName("dup"));
    }

    private MockHttpSession newLongshanClerk(String name) throws Exception {
        accounts.createDemoAccount(new AccountForm(name, "查重测试", Role.TOWN, LONGSHAN, null), DEMO_PASSWORD);
        return login(mvc, name, DEMO_PASSWORD);
    }

    private static MockHttpServletRequestBuilder registration(String name, String idNumber) {
        ChildDetails d = ChildFixtures.child(name, LONGSHAN_VILLAGE);
        return post("/children").with(csrf()).param("name", name).param("sex", "FEMALE")
                .param("birthDate", d.getBirthDate().toString()).param("idNumber", idNumber).param("hasHukou", "true").param("hukouType", "RURAL")
                .param("leftBehind", "true").param("villageCode", LONGSHAN_VILLAGE).param("ethnicity", "汉族")
                .param("guardianshipType", "FAIR").param("guardianKind", "GRANDPARENT").param("schooling", "PRIMARY")
                .param("schoolName", "龙山镇中心小学").param("health", "HEALTHY")
                .param("father.status", "WORKING_AWAY").param("father.workPlace", "浙江省宁波市")
                .param("mother.status", "WORKING_AWAY").param("mother.workPlace", "广东省东莞市");
    }

    @Test
    void aNumberRegisteredInAnotherTownIsSaidToBeElsewhereWithoutSayingWhereAndTheHitIsAudited() throws Exception {
        Child theirs = children.register(ChildFixtures.child(uniqueName("谷"), GUJIAO_VILLAGE), true, COUNTY);
        MockHttpSession clerk = newLongshanClerk();
        String page = mvc.perform(registration(uniqueName("龙"), theirs.getDetails().getIdNumber()).session(clerk))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("本县其他辖区登记").doesNotContain("谷脚镇").doesNotContain(theirs.getName());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DUPLICATE_ELSEWHERE' and "
                + "object_id = ?", Integer.class, theirs.getId().toString())).isEqualTo(1);
    }

    @Test
    void theSameNameAndBirthDateInAnotherTownNamesNoPlace() throws Exception {
        Child theirs = children.register(ChildFixtures.child(uniqueName("谷"), GUJIAO_VILLAGE), true, COUNTY);
        String page = mvc.perform(registration(theirs.getName(), ChildFixtures.idNumber(
                theirs.getDetails().getBirthDate(), theirs.getDetails().getSex())).session(newLongshanClerk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"duplicate-warning\"").contains("本县其他辖区（不显示具体镇村）")
                .doesNotContain("谷脚镇");
    }

    @Test
    void afterTwentyPeopleHitInADayTheClerkIsStoppedAndTheCountyOfficeIsAlerted() throws Exception {
        List<String> theirs = new ArrayList<>();
        for (int i = 0; i <= ElsewhereHits.DAILY_LIMIT; i++) {
            theirs.add(children.register(ChildFixtures.child(uniqueName("谷"), GUJIAO_VILLAGE), true, COUNTY)
                    .getDetails().getIdNumber());
        }
        // The county office's alerts read before this clerk's (and kept a few seconds by the node, decision 046).
        MockHttpSession countyOffice = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(get("/").session(countyOffice));
        String clerkName = uniqueName("dup");
        MockHttpSession clerk = newLongshanClerk(clerkName);
        for (int i = 0; i < ElsewhereHits.DAILY_LIMIT; i++) {
            assertThat(mvc.perform(registration(uniqueName("龙"), theirs.get(i)).session(clerk)).andReturn()
                    .getResponse().getContentAsString()).as("hit " + (i + 1)).contains("本县其他辖区登记");
        }
        // Refused whatever the number: a refusal that came only with hits would itself tell.
        String fresh = ChildFixtures.idNumber(LocalDate.of(2016, 2, 3), Sex.MALE);
        String refused = mvc.perform(registration(uniqueName("龙"), fresh).session(clerk)).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("系统已暂停您今日的登记、修改和导入");
        assertThat(jdbc.queryForObject("select count(*) from child where id_number = ?", Integer.class, fresh)).isZero();
        String home = mvc.perform(get("/").session(countyOffice)).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("id=\"lookup-alerts\"").contains(clerkName);
    }

    @Test
    void theCountyOfficeTransfersAChildAndItsOpenCaseAndBothTownsSeeTheTransfer() throws Exception {
        Child child = children.register(ChildFixtures.child(uniqueName("迁"), LONGSHAN_VILLAGE), true, COUNTY);
        long caseId = cases.open(CaseType.DROPOUT, child.getId(), "迁移测试",
                new SignedInUser(null, "county", "县留守办", Role.COUNTY, COUNTY)).getId();
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        MockHttpSession gujiao = login(mvc, "gujiao", DEMO_PASSWORD);
        mvc.perform(get("/children/" + child.getId()).session(longshan)).andExpect(status().isOk());
        mvc.perform(post("/children/" + child.getId() + "/transfer").with(csrf()).param("villageCode", GUJIAO_VILLAGE)
                .param("note", "随祖父母迁居").session(longshan)).andExpect(status().isForbidden());

        mvc.perform(post("/children/" + child.getId() + "/transfer").with(csrf()).param("villageCode", GUJIAO_VILLAGE)
                .param("note", "随祖父母迁居").session(county)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/children/" + child.getId()).session(longshan)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId).session(longshan)).andExpect(status().isNotFound());
        String page = mvc.perform(get("/children/" + child.getId()).session(gujiao)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("龙山镇").contains("随祖父母迁居");
        mvc.perform(get("/cases/" + caseId).session(gujiao)).andExpect(status().isOk());
        String oldTown = mvc.perform(get("/transfers").session(longshan)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(oldTown).contains(child.getName()).contains("谷脚镇");
        String village = jdbc.queryForObject("select name from region where code = ?", String.class, GUJIAO_VILLAGE);
        assertThat(oldTown).doesNotContain(village).doesNotContain(child.getDetails().getIdNumber());
    }

    @Test
    void aTransferToTheSameVillageOrNowhereIsRefusedWithAMessage() throws Exception {
        Child child = children.register(ChildFixtures.child(uniqueName("迁"), LONGSHAN_VILLAGE), true, COUNTY);
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        var flash = mvc.perform(post("/children/" + child.getId() + "/transfer").with(csrf())
                .param("villageCode", LONGSHAN_VILLAGE).session(county)).andReturn().getFlashMap();
        assertThat(flash.get("failure")).isEqualTo("person.error.sameVillage");
        flash = mvc.perform(post("/children/" + child.getId() + "/transfer").with(csrf()).session(county)).andReturn()
                .getFlashMap();
        assertThat(flash.get("failure")).isEqualTo("person.error.villageRequired");
        assertThat(children.get(child.getId(), COUNTY).getVillageCode()).isEqualTo(LONGSHAN_VILLAGE);
    }
}
