package org.guanai.registry.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A production start on an empty database: no demo data, the first administrator from the environment. */
@SpringBootTest(properties = {
        "registry.test.database=bootstrap_test",
        "registry.demo.enabled=false",
        "registry.admin.username=chief",
        "registry.admin.password=Lead#Start2026x"})
class AdminBootstrapTest {

    @Autowired
    AccountLogins accounts;
    @Autowired
    AdminBootstrap bootstrap;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstAdministratorIsCreatedOnceAndMustChangeThePassword() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isZero();
        AccountSnapshot chief = accounts.prepareLogin("chief").orElseThrow();
        assertThat(chief.role()).isEqualTo(Role.ADMIN);
        assertThat(chief.mustChangePassword()).isTrue();
        // Accounts need no one's personal data: the administrator sees no person and no case (三权分立).
        assertThat(chief.jurisdiction().seesPeople()).isFalse();
        assertThat(chief.jurisdiction().regionPrefix()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ADMIN_BOOTSTRAPPED'",
                Integer.class)).isEqualTo(1);

        bootstrap.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from account where role = 'ADMIN'", Integer.class))
                .isEqualTo(1);
        assertThat(accounts.prepareLogin("admin")).isEmpty();
    }
}
