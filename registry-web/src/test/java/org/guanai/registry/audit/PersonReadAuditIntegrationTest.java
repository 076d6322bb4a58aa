package org.guanai.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.Masks;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Reads of people leave their trace: a person's page, the edit form's full numbers, a search by number, an export. */
@WebIntegrationTest
class PersonReadAuditIntegrationTest {

    private static final Jurisdiction LONGSHAN = Jurisdiction.region(RegionCode.of("522730100000"));

    @Autowired
    MockMvc mvc;
    @Autowired
    ChildService children;
    @Autowired
    JdbcTemplate jdbc;

    Child child;
    MockHttpSession clerk;

    @BeforeEach
    void child() throws Exception {
        child = children.register(ChildFixtures.child("审" + UUID.randomUUID().toString().substring(0, 4),
                "522730100201"), true, LONGSHAN);
        clerk = login(mvc, "longshan", DEMO_PASSWORD);
    }

    private int rows(String action, String objectId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and object_type = 'child' "
                + "and object_id = ? and actor_username = 'longshan'", Integer.class, action, objectId);
    }

    @Test
    void aPersonsPageIsAuditedOncePerUserPersonAndDay() throws Exception {
        mvc.perform(get("/children/" + child.getId()).session(clerk)).andExpect(status().isOk());
        mvc.perform(get("/children/" + child.getId()).session(clerk)).andExpect(status().isOk());
        assertThat(rows("VIEW_PERSON", child.getId().toString())).isEqualTo(1);
        mvc.perform(get("/children/" + child.getId()).session(login(mvc, "county", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW_PERSON' and "
                + "object_id = ?", Integer.class, child.getId().toString())).isEqualTo(2);
    }

    @Test
    void theEditFormShowsFullNumbersAndIsAuditedAsAReveal() throws Exception {
        String form = mvc.perform(get("/children/" + child.getId() + "/edit").session(clerk)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains(child.getDetails().getIdNumber());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW_UNMASKED' and "
                + "object_id = ? and detail = 'edit form'", Integer.class, child.getId().toString())).isEqualTo(1);
    }

    @Test
    void aSearchByIdentityNumberIsAuditedWithTheNumberMasked() throws Exception {
        String number = child.getDetails().getIdNumber();
        mvc.perform(get("/children").param("q", number).session(clerk)).andExpect(status().isOk());
        assertThat(rows("SEARCH_ID_NUMBER", child.getId().toString())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'SEARCH_ID_NUMBER' and "
                + "object_id = ?", String.class, child.getId().toString())).isEqualTo(Masks.idNumber(number) + " → 1");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ?", Integer.class,
                "%" + number + "%")).isZero();
        mvc.perform(get("/children").param("q", child.getName()).session(clerk)).andExpect(status().isOk());
        assertThat(rows("SEARCH_ID_NUMBER", child.getId().toString())).isEqualTo(1);
    }

    @Test
    void anExportIsAuditedWithItsFilterAndRowCount() throws Exception {
        mvc.perform(get("/children/roster.xlsx").param("q", child.getName()).session(clerk))
                .andExpect(status().isOk());
        String detail = jdbc.queryForObject("select detail from audit_event where action = 'EXPORT' and "
                + "actor_username = 'longshan' order by id desc limit 1", String.class);
        assertThat(detail).contains("q=").contains("共1行");
    }
}
