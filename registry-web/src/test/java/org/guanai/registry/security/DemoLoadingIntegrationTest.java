package org.guanai.registry.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.demo.DemoLoading;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * While the demo data loads the instance is not ready and the login page says so instead of refusing the demo
 * accounts; once loaded, both are as usual (round 2, issue 6/6).
 */
@WebIntegrationTest
class DemoLoadingIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoLoading demoLoading;

    @Test
    void notReadyAndSaidOnTheLoginPageUntilTheDemoDataIsLoaded() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        demoLoading.loading();
        try {
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
            mvc.perform(get("/login")).andExpect(content().string(containsString("演示数据加载中")));
            mvc.perform(post("/login").param("username", "nobody-yet").param("password", "Demo@2026").with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
            mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("demo-loading")))
                    .andExpect(content().string(not(containsString("id=\"login-error\""))));
        } finally {
            demoLoading.loaded();
        }
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("demo-loading"))));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("id=\"login-error\"")));
    }
}
