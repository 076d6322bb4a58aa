package org.guanai.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.guanai.registry.account.AccountForm;
import org.guanai.registry.account.AccountService;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.Totp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey of round 2, issue 1/6: a county office account enrols an authenticator at its first login (it reads the key
 * beside the QR code, as a person whose phone cannot scan would), keeps its recovery codes, and logs in again with a
 * code; the test computes the codes as an authenticator app does (RFC 6238).
 */
class SecondFactorJourneyIT extends BrowserJourney {

    @Autowired
    AccountService accounts;

    @Test
    void aCountyOfficeEnrolsAtItsFirstLoginAndLogsInWithACode() {
        String username = "mfa" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createDemoAccount(new AccountForm(username, "县留守办 测试", Role.COUNTY, "522730000000", null),
                "Demo@2026");

        BrowserSupport.logIn(browser, base, username, "Demo@2026");
        BrowserSupport.waitForId(browser, "totp-secret");
        assertThat(browser.findElement(By.id("totp-qr")).getTagName()).isEqualTo("svg");
        String secret = browser.findElement(By.id("totp-secret")).getText().replace(" ", "");
        long step = Totp.step(Instant.now());
        browser.findElement(By.id("code")).sendKeys(Totp.code(secret, step));
        BrowserSupport.click(browser, By.id("mfa-enrol"));
        BrowserSupport.waitForId(browser, "recovery-codes");
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        BrowserSupport.click(browser, By.id("mfa-continue"));
        BrowserSupport.waitForId(browser, "home-scope");
        assertThat(browser.findElement(By.id("home-scope")).getText()).isEqualTo("龙里县");

        BrowserSupport.click(browser, By.id("logout"));
        BrowserSupport.waitForId(browser, "logged-out");
        BrowserSupport.logIn(browser, base, username, "Demo@2026");
        BrowserSupport.waitForId(browser, "mfa-submit");
        // The enrolment used this step's code, and a code is accepted once: the app's next code is within the window.
        browser.findElement(By.id("code")).sendKeys(Totp.code(secret, Math.max(step, Totp.step(Instant.now())) + 1));
        BrowserSupport.click(browser, By.id("mfa-submit"));
        BrowserSupport.waitForId(browser, "home-scope");
        browser.get(base + "/children");
        assertThat(browser.getTitle()).contains("儿童");
    }
}
