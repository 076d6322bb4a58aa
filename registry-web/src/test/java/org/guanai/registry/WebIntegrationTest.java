package org.guanai.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.guanai.registry.testsupport.TestDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the shared test PostgreSQL, driven through MockMvc. MockMvc hands sessions over as
 * {@code MockHttpSession} objects, which the JDBC session store would not see; these tests keep sessions in
 * memory, and the browser journeys and the two-node test run with the JDBC store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import({TestDatabaseConfiguration.class, WebTestSupport.Config.class})
@ActiveProfiles("test")
public @interface WebIntegrationTest {
}
