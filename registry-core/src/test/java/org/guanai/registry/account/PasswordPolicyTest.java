package org.guanai.registry.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.guanai.registry.account.PasswordPolicy.Violation;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsThreeClassesOfEightCharacters() {
        assertThat(PasswordPolicy.check("longshan", "Demo@2026")).isEmpty();
        assertThat(PasswordPolicy.check("longshan", "abcdef12#")).isEmpty();
        assertThat(PasswordPolicy.check("longshan", "ABCDEF12a")).isEmpty();
    }

    @Test
    void refusesShortOrTwoClassPasswords() {
        assertThat(PasswordPolicy.check("u1", "Ab1@xyz")).containsExactly(Violation.TOO_SHORT);
        assertThat(PasswordPolicy.check("u1", "abcdefgh12")).containsExactly(Violation.TOO_FEW_CLASSES);
        assertThat(PasswordPolicy.check("u1", "中文密码中文密码")).contains(Violation.TOO_FEW_CLASSES);
    }

    @Test
    void refusesThePasswordContainingTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.check("longshan", "LongShan@2026")).containsExactly(Violation.CONTAINS_USERNAME);
    }

    @Test
    void refusesWhatBcryptWouldTruncate() {
        assertThat(PasswordPolicy.check("u1", "Aa1@" + "x".repeat(61))).contains(Violation.TOO_LONG);
        assertThat(PasswordPolicy.check("u1", "Aa1@" + "密".repeat(30))).contains(Violation.TOO_LONG);
    }

    @RepeatedTest(20)
    void temporaryPasswordsPassThePolicy() {
        assertThat(PasswordPolicy.check("someone", TemporaryPasswords.generate())).isEmpty();
    }
}
