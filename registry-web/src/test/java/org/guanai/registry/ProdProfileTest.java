package org.guanai.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.guanai.registry.testsupport.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The prod profile on an empty database: schema migrated, no demo county, no demo account. */
@SpringBootTest(properties = {"registry.test.database=prod_profile_test", "registry.admin.username=",
        "registry.mfa.secret-key=cHJvZC1wcm9maWxlLXRlc3Qta2V5LTMyLWJ5dGVzISE="})
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("prod")
class ProdProfileTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ServerProperties server;
    @Autowired
    Environment environment;

    @Test
    void loadsNoDemoDataAndCreatesNoAccountWithoutTheAdministratorVariables() {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isZero();
    }

    @Test
    void sessionCookiesAreSecureBehindTls() {
        assertThat(server.getServlet().getSession().getCookie().getSecure()).isTrue();
    }

    /** Tomcat would believe X-Forwarded-For from any private address; prod believes a proxy on the machine only. */
    @Test
    void onlyAProxyOnTheSameMachineMaySayWhoTheClientIs() {
        assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies"))
                .isEqualTo("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
        assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
    }
}
