package org.guanai.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.guanai.registry.account.AccountSnapshot;
import org.guanai.registry.account.Role;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.shared.RegistryProperties;
import org.junit.jupiter.api.Test;

/** Who must pass a second factor: the configured roles, anyone enrolled, and the demo accounts only when asked to. */
class SecondFactorPolicyTest {

    private static SecondFactorPolicy policy(boolean demo, boolean mfaDemo) {
        RegistryProperties properties = new RegistryProperties("龙里县", null, null, null, null, null, null, null,
                new RegistryProperties.Mfa(Set.of("ADMIN", "AUDITOR", "COUNTY"), mfaDemo, null), null, null);
        return new SecondFactorPolicy(properties, demo);
    }

    private static AccountPrincipal account(String username, Role role, boolean enrolled) {
        return AccountPrincipal.of(new AccountSnapshot(1, username, username, "x", role, null, null, "", Jurisdiction.nobody(),
                null, true, false, false, 0, enrolled));
    }

    @Test
    void theConfiguredRolesAndEveryoneEnrolledMustUseIt() {
        SecondFactorPolicy prod = policy(false, false);
        assertThat(prod.requires(account("chief", Role.ADMIN, false))).isTrue();
        assertThat(prod.requires(account("audit", Role.AUDITOR, false))).isTrue();
        assertThat(prod.requires(account("office", Role.COUNTY, false))).isTrue();
        assertThat(prod.requires(account("clerk", Role.TOWN, false))).isFalse();
        assertThat(prod.requires(account("clerk", Role.TOWN, true))).isTrue();
        // In production the demo's usernames are nobody's exemption.
        assertThat(prod.requires(account("county", Role.COUNTY, false))).isTrue();
    }

    @Test
    void theDemoAccountsAreExemptInTheDemoUnlessMfaDemoIsOn() {
        assertThat(policy(true, false).requires(account("county", Role.COUNTY, false))).isFalse();
        assertThat(policy(true, false).requires(account("admin", Role.ADMIN, false))).isFalse();
        assertThat(policy(true, false).requires(account("other", Role.COUNTY, false))).isTrue();
        assertThat(policy(true, true).requires(account("county", Role.COUNTY, false))).isTrue();
    }
}
