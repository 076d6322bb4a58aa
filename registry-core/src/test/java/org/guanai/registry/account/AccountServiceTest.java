package org.guanai.registry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.Burst;
import org.guanai.registry.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class AccountServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-10-01T02:00:00Z"));
        }
    }

    @Autowired
    AccountService accounts;
    @Autowired
    AccountLogins logins;
    @Autowired
    OrganisationService organisations;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private Account newTownClerk() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createWithPassword(new AccountForm(name, "测试", Role.TOWN, "522730100000", null),
                "Kuan#Secret26", false);
    }

    private int auditRows(String action, long accountId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and object_id = ?",
                Integer.class, action, String.valueOf(accountId));
    }

    @Test
    void aBurstOfLoginsToOneAccountAllGoThroughOnThePool() throws Exception {
        // Three times as many logins to one account as the pool has connections, all at once. Each login
        // updates the account row; auditing it in a transaction of its own needed a second connection while
        // holding that row, and the burst deadlocked the pool.
        Account clerk = newTownClerk();
        int burst = 24;
        Burst.of(burst, i -> logins.loginSucceeded(clerk.getId(), "10.2.2.2", true));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN' and outcome = "
                + "'SUCCESS' and object_id = ?", Integer.class, String.valueOf(clerk.getId()))).isEqualTo(burst);
    }

    @Test
    void fiveConsecutiveFailuresLockTheAccountForFifteenMinutesThenItUnlocks() {
        Account clerk = newTownClerk();
        for (int i = 0; i < 4; i++) {
            logins.loginFailed(clerk.getUsername(), "10.1.1.1", "bad-credentials");
        }
        assertThat(logins.prepareLogin(clerk.getUsername()).orElseThrow().locked()).isFalse();

        logins.loginFailed(clerk.getUsername(), "10.1.1.1", "bad-credentials");
        assertThat(logins.prepareLogin(clerk.getUsername()).orElseThrow().locked()).isTrue();
        assertThat(auditRows("ACCOUNT_LOCKED", clerk.getId())).isEqualTo(1);

        // Further failures while locked do not lock again or extend the audit trail with more locks.
        logins.loginFailed(clerk.getUsername(), "10.1.1.1", "bad-credentials");
        assertThat(auditRows("ACCOUNT_LOCKED", clerk.getId())).isEqualTo(1);

        clock.advance(Duration.ofMinutes(14));
        assertThat(logins.prepareLogin(clerk.getUsername()).orElseThrow().locked()).isTrue();

        clock.advance(Duration.ofMinutes(2));
        AccountSnapshot after = logins.prepareLogin(clerk.getUsername()).orElseThrow();
        assertThat(after.locked()).isFalse();
        assertThat(auditRows("ACCOUNT_UNLOCKED", clerk.getId())).isEqualTo(1);
        assertThat(accounts.find(clerk.getId()).orElseThrow().getFailedAttempts()).isZero();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        Account clerk = newTownClerk();
        for (int i = 0; i < 4; i++) {
            logins.loginFailed(clerk.getUsername(), "10.1.1.2", "bad-credentials");
        }
        logins.loginSucceeded(clerk.getId(), "10.1.1.2", true);
        logins.loginFailed(clerk.getUsername(), "10.1.1.2", "bad-credentials");
        assertThat(logins.prepareLogin(clerk.getUsername()).orElseThrow().locked()).isFalse();
        assertThat(accounts.find(clerk.getId()).orElseThrow().getFailedAttempts()).isEqualTo(1);
    }

    @Test
    void failuresForUnknownNamesAreAuditedAndCountTowardsTheAddressLimit() {
        String ip = "10.9.9." + (int) (Math.random() * 200);
        for (int i = 0; i < 30; i++) {
            assertThat(logins.ipThrottled(ip)).isFalse();
            logins.loginFailed("nobody-" + i, ip, "bad-credentials");
        }
        assertThat(logins.ipThrottled(ip)).isTrue();
        clock.advance(Duration.ofMinutes(16));
        assertThat(logins.ipThrottled(ip)).isFalse();
    }

    @Test
    void createdAccountsMustChangeTheirOneTimePassword() {
        CreatedAccount created = accounts.create(new AccountForm("new" + UUID.randomUUID().toString().substring(0, 6),
                "新用户", Role.VILLAGE, "522730100201", null));
        assertThat(created.account().isMustChangePassword()).isTrue();
        assertThat(PasswordPolicy.check(created.account().getUsername(), created.temporaryPassword())).isEmpty();

        int epoch = logins.changePassword(created.account().getId(), created.temporaryPassword(), "Better#Pass1");
        Account after = accounts.find(created.account().getId()).orElseThrow();
        assertThat(after.isMustChangePassword()).isFalse();
        assertThat(after.getSessionEpoch()).isEqualTo(epoch).isGreaterThan(created.account().getSessionEpoch());
    }

    @Test
    void passwordChangeChecksTheCurrentPasswordAndThePolicy() {
        Account clerk = newTownClerk();
        assertThatThrownBy(() -> logins.changePassword(clerk.getId(), "wrong", "Better#Pass1"))
                .isInstanceOf(AccountException.class).hasMessage("password.error.currentWrong");
        assertThatThrownBy(() -> logins.changePassword(clerk.getId(), "Kuan#Secret26", "short"))
                .isInstanceOf(AccountException.class).hasMessage("password.policy.TOO_SHORT");
        assertThatThrownBy(() -> logins.changePassword(clerk.getId(), "Kuan#Secret26", clerk.getUsername() + "#A1"))
                .isInstanceOf(AccountException.class).hasMessage("password.policy.CONTAINS_USERNAME");
        assertThatThrownBy(() -> logins.changePassword(clerk.getId(), "Kuan#Secret26", "Kuan#Secret26"))
                .isInstanceOf(AccountException.class).hasMessage("password.error.sameAsOld");
    }

    @Test
    void disablingEndsSessionsAndIsAudited() {
        Account clerk = newTownClerk();
        int epoch = logins.sessionState(clerk.getId()).orElseThrow().sessionEpoch();
        accounts.setEnabled(clerk.getId(), false);
        SessionState state = logins.sessionState(clerk.getId()).orElseThrow();
        assertThat(state.enabled()).isFalse();
        assertThat(state.sessionEpoch()).isGreaterThan(epoch);
        assertThat(auditRows("ACCOUNT_DISABLED", clerk.getId())).isEqualTo(1);
    }

    @Test
    void theScopeMustFitTheRole() {
        assertThatThrownBy(() -> accounts.create(new AccountForm("xtown1", "x", Role.TOWN, "522730100201", null)))
                .isInstanceOf(AccountException.class).hasMessage("account.error.scopeLevel.TOWN");
        assertThatThrownBy(() -> accounts.create(new AccountForm("xtown2", "x", Role.TOWN, "999999999000", null)))
                .isInstanceOf(AccountException.class).hasMessage("account.error.scopeRegion");
        long school = organisations.findByCode("school-522730100000").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.create(new AccountForm("xdept", "x", Role.DEPARTMENT, null, school)))
                .isInstanceOf(AccountException.class).hasMessage("account.error.scopeOrganisationKind");
        assertThatThrownBy(() -> accounts.create(new AccountForm("longshan", "x", Role.TOWN, "522730100000", null)))
                .isInstanceOf(AccountException.class).hasMessage("account.error.usernameTaken");
    }

    @Test
    void anEditWithAStaleVersionIsRefused() {
        Account clerk = newTownClerk();
        AccountForm form = new AccountForm(clerk.getUsername(), "改名", Role.TOWN, "522730101000", null);
        Account updated = accounts.update(clerk.getId(), clerk.getVersion(), form);
        assertThat(updated.getSessionEpoch()).isGreaterThan(clerk.getSessionEpoch());
        assertThatThrownBy(() -> accounts.update(clerk.getId(), clerk.getVersion(), form))
                .isInstanceOf(AccountException.class).hasMessage("common.error.concurrentEdit");
    }

    @Test
    void demoAccountsGetTheirJurisdiction() {
        AccountSnapshot longshan = logins.prepareLogin("longshan").orElseThrow();
        assertThat(longshan.scopeName()).isEqualTo("龙山镇");
        assertThat(longshan.jurisdiction()).isEqualTo(Jurisdiction.region(RegionCode.of("522730100000")));

        AccountSnapshot edu = logins.prepareLogin("EDU").orElseThrow();
        assertThat(edu.scopeName()).isEqualTo("龙里县教育局");
        assertThat(edu.jurisdiction().organisationId()).isEqualTo(edu.scopeOrganisationId());
        assertThat(edu.jurisdiction().coversRegion(RegionCode.of("522730101201"))).isTrue();

        AccountSnapshot school = logins.prepareLogin("school1").orElseThrow();
        assertThat(school.jurisdiction().seesPeople()).isFalse();
        assertThat(logins.prepareLogin("nobody")).isEmpty();
    }

    @Test
    void clockIsTheTestClock(@Autowired Clock injected) {
        assertThat(injected).isSameAs(clock);
    }
}
