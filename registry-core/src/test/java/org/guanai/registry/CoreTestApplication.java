package org.guanai.registry;

import org.guanai.registry.testsupport.TestDatabaseConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The application the core's own integration tests start: the whole domain, no web. */
@SpringBootApplication
@Import(TestDatabaseConfiguration.class)
public class CoreTestApplication {
}
