package org.guanai.registry.audit;

import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.guanai.registry.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class AuditPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"county", "admin"})
    void theCountyOfficeAndTheAdministratorReadTheAuditTrailWithFilters(String username) throws Exception {
        MockHttpSession session = login(mvc, username, DEMO_PASSWORD);
        login(mvc, "gujiao", DEMO_PASSWORD);
        mvc.perform(get("/audit").param("username", "gujiao").param("action", "LOGIN").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>gujiao</td>")))
                .andExpect(content().string(not(containsString("<td>county</td>"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"longshan", "edu", "school1", "inspector"})
    void othersAreRefusedAndTheAttemptIsAudited(String username) throws Exception {
        MockHttpSession session = login(mvc, username, DEMO_PASSWORD);
        // The Chinese 403 page itself is rendered by the error dispatch of a real server: see LoginJourneyIT.
        mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(get("/audit").param("username", username).param("action", "ACCESS_DENIED").session(county))
                .andExpect(content().string(containsString("GET /audit")));
    }

    @Test
    void healthAnswersWithoutLoginAndShowsTheStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void everyOtherActuatorEndpointNeedsTheAdministrator() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/metrics").session(login(mvc, "county", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").session(login(mvc, "admin", DEMO_PASSWORD))).andExpect(status().isOk());
    }
}
