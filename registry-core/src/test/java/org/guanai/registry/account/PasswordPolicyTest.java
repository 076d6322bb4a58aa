package org.guanai.registry.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.guanai.registry.account.PasswordPolicy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void acceptsThreeClassesOfEightCharacters() {
        assertThat(PasswordPolicy.check("longshan", "Gu7#lantern")).isEmpty();
        assertThat(PasswordPolicy.check("longshan", "mist-9river")).isEmpty();
        assertThat(PasswordPolicy.check("longshan", "TEA4water")).isEmpty();
    }

    @Test
    void refusesShortOrTwoClassPasswords() {
        assertThat(PasswordPolicy.check("u1", "Ab1@xyz")).contains(Violation.TOO_SHORT);
        assertThat(PasswordPolicy.check("u1", "moonfish12")).containsExactly(Violation.TOO_FEW_CLASSES);
        assertThat(PasswordPolicy.check("u1", "中文密码中文密码")).contains(Violation.TOO_FEW_CLASSES);
    }

    @Test
    void refusesThePasswordContainingTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.check("longshan", "LongShan@7river")).containsExactly(Violation.CONTAINS_USERNAME);
    }

    @Test
    void refusesWhatBcryptWouldTruncate() {
        assertThat(PasswordPolicy.check("u1", "Aa1@" + "x".repeat(61))).contains(Violation.TOO_LONG);
        assertThat(PasswordPolicy.check("u1", "Aa1@" + "密".repeat(30))).contains(Violation.TOO_LONG);
    }

    @Test
    void theListHoldsAtLeastTenThousandPasswords() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
    }

    /** Three classes and eight characters, and the first things anyone guesses. */
    @ParameterizedTest
    @ValueSource(strings = {"Password1!", "Password@2026", "Welcome@123", "Iloveyou1!", "Woaini1314!", "Qq123456!",
            "Demo@2026", "Admin@2026", "Dragon#2024"})
    void refusesCommonPasswordsAndListedWordsDressedWithDigits(String password) {
        assertThat(PasswordPolicy.check("clerk", password)).containsExactly(Violation.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Qwer1234!", "1qaz@WSX", "Abcd1234#", "Aa123456!", "Asdf!@#$", "Zxcv4567&", "A1111111!",
            "9876Poiu!"})
    void refusesKeyboardAndNumberRuns(String password) {
        // Some runs are on the list as well (1qaz2wsx): refused either way, as nothing else.
        assertThat(PasswordPolicy.check("clerk", password)).singleElement()
                .isIn(Violation.SEQUENCE, Violation.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zxcv4567&", "9876Poiu!", "Tyui6789@"})
    void refusesRunsThatNoListHolds(String password) {
        assertThat(PasswordPolicy.check("clerk", password)).containsExactly(Violation.SEQUENCE);
    }

    /**
     * Random characters make a run the policy refuses in about one draw of 8,600 (35 of 300,000 counted); the test drew
     * 20 and failed once in CI. 50,000 draws meet such a draw in all but about one run of 300 without the redraw.
     */
    @Test
    void temporaryPasswordsPassThePolicy() {
        for (int i = 0; i < 50_000; i++) {
            String password = TemporaryPasswords.generate("abc");
            assertThat(PasswordPolicy.check("abc", password)).as(password).isEmpty();
        }
    }
}
