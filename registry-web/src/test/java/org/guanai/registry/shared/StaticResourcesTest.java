package org.guanai.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.guanai.registry.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Static files are served from their own paths only, so that page links are never looked up as files. */
@WebIntegrationTest
class StaticResourcesTest {

    @Autowired
    ResourceUrlProvider resources;
    @Autowired
    MockMvc mvc;

    @Test
    void onlyTheStaticPathsAreResourceMappingsAndTheyServeTheirFiles() throws Exception {
        assertThat(resources.getHandlerMap().keySet()).containsExactlyInAnyOrder("/css/**", "/js/**", "/webjars/**");
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/js/dashboard.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
    }
}
