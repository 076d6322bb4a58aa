package org.guanai.registry.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.account.AccountForm;
import org.guanai.registry.account.AccountService;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The judicial steps of a guardianship case over HTTP (docs/casework.md, "Judicial steps"): the court and the
 * procuratorate see a case once it is referred to them, and each takes only its own step.
 */
@WebIntegrationTest
class JudicialStepsIntegrationTest {

    static final Jurisdiction COUNTY = Jurisdiction.region(RegionCode.of("522730000000"));

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseService cases;
    @Autowired
    ChildService children;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anApplicationToRevokeBringsInTheCourtAndTheProcuratorate() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        MockHttpSession court = account("fy" + tag, "fy");
        MockHttpSession procuratorate = account("jcy" + tag, "jcy");
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        long child = children.register(ChildFixtures.child("撤" + tag.substring(0, 3), "522730100201"), true, COUNTY)
                .getId();
        long id = cases.open(CaseType.GUARDIANSHIP, child, "监护人长期不履行监护职责",
                new SignedInUser(null, "county", "县留守办", Role.COUNTY, COUNTY)).getId();

        // Before any application the court does not see the case.
        mvc.perform(get("/cases/" + id).session(court)).andExpect(status().isNotFound());

        mvc.perform(post("/cases/" + id + "/steps/intervene").param("version", version(id))
                .param("intervention", "REVOKE_APPLICATION").param("interventionDate", "2026-11-03").with(csrf())
                .session(county)).andExpect(flash().attribute("success", "case.stepTaken"));
        mvc.perform(get("/cases/" + id).session(court)).andExpect(status().isOk())
                .andExpect(content().string(containsString("撤销监护人资格申请的判决")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("检察建议、督促"))));

        // A ruling that revokes names the guardian appointed; the error stands next to the field.
        mvc.perform(post("/cases/" + id + "/steps/courtRuling").param("version", version(id)).param("ruling", "GRANTED")
                .param("rulingDate", "2026-11-20").with(csrf()).session(court)).andExpect(status().isOk())
                .andExpect(content().string(containsString("撤销监护人资格的判决须填写另行指定的监护人")));
        // The court takes no procuratorial step.
        mvc.perform(post("/cases/" + id + "/steps/procuratorialAction").param("version", version(id))
                .param("procuratorialAction", "SUPPORT").param("procuratorialDate", "2026-11-04").with(csrf())
                .session(court)).andExpect(flash().attributeExists("failure"));
        mvc.perform(post("/cases/" + id + "/steps/procuratorialAction").param("version", version(id))
                .param("procuratorialAction", "SUPPORT").param("procuratorialDate", "2026-11-04").with(csrf())
                .session(procuratorate)).andExpect(flash().attribute("success", "case.stepTaken"));
        mvc.perform(post("/cases/" + id + "/steps/courtRuling").param("version", version(id)).param("ruling", "GRANTED")
                .param("rulingDate", "2026-11-20").param("newGuardianName", "杨奶奶").param("newGuardianRelation", "祖母")
                .with(csrf()).session(court)).andExpect(flash().attribute("success", "case.stepTaken"));
        assertThat(jdbc.queryForList("select step from case_action where case_id = ? order by id", String.class, id))
                .endsWith("intervene", "procuratorialAction", "courtRuling");
        mvc.perform(get("/cases/" + id).session(county)).andExpect(content().string(containsString("杨奶奶")));

        // 县司法局 comes in when asked for legal aid, and records it.
        MockHttpSession justice = account("sf" + tag, "sf");
        mvc.perform(get("/cases/" + id).session(justice)).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + id + "/steps/askLegalAid").param("version", version(id)).with(csrf())
                .session(county)).andExpect(flash().attribute("success", "case.stepTaken"));
        mvc.perform(post("/cases/" + id + "/steps/legalAid").param("version", version(id)).param("legalAid", "AID")
                .param("legalAidDate", "2026-11-25").with(csrf()).session(justice))
                .andExpect(flash().attribute("success", "case.stepTaken"));
        // The court, referred before, still sees it; the justice bureau took no court step.
        mvc.perform(post("/cases/" + id + "/steps/courtRuling").param("version", version(id)).param("ruling", "REFUSED")
                .param("rulingDate", "2026-11-26").with(csrf()).session(justice))
                .andExpect(flash().attributeExists("failure"));
    }

    private MockHttpSession account(String username, String organisationCode) throws Exception {
        accounts.createDemoAccount(new AccountForm(username, username, Role.DEPARTMENT, null,
                organisations.findByCode(organisationCode).orElseThrow().getId()), DEMO_PASSWORD);
        return login(mvc, username, DEMO_PASSWORD);
    }

    private String version(long id) {
        return jdbc.queryForObject("select version from case_file where id = ?", Long.class, id).toString();
    }
}
