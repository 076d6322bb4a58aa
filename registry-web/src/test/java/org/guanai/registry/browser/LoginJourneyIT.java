package org.guanai.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Journey of issue 1/7: a town clerk logs in, sees the town, logs out; a wrong password is explained in Chinese. */
class LoginJourneyIT extends BrowserJourney {

    @Test
    void longshanLogsInSeesTheTownAndLogsOut() {
        browser.get(base + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.getTitle()).contains("用户登录");
        String anonymousSession = browser.manage().getCookieNamed("REGISTRY_SESSION").getValue();

        BrowserSupport.logIn(browser, base, "longshan", "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
        assertThat(browser.findElement(By.id("home-scope")).getText()).isEqualTo("龙山镇");
        assertThat(browser.findElement(By.id("current-scope")).getText()).isEqualTo("龙山镇");
        assertThat(browser.findElement(By.id("sub-regions")).getText()).contains("中坝村");
        // A new session id at login (no session fixation).
        assertThat(browser.manage().getCookieNamed("REGISTRY_SESSION").getValue()).isNotEqualTo(anonymousSession);

        // A page outside the role: the Chinese 403 page, no stack trace.
        browser.get(base + "/admin/accounts");
        assertThat(browser.findElement(By.id("error-message")).getText()).contains("您没有权限进行此操作");

        browser.get(base + "/");
        browser.findElement(By.id("logout")).click();
        BrowserSupport.waitForId(browser, "logged-out");
        assertThat(browser.findElement(By.id("logged-out")).getText()).contains("您已安全退出");
        browser.get(base + "/");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    @Test
    void aWrongPasswordShowsTheChineseError() {
        BrowserSupport.logIn(browser, base, "longshan", "Wrong@2026");
        BrowserSupport.waitForId(browser, "login-error");
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("用户名或密码错误");
        assertThat(browser.findElements(By.id("home-scope"))).isEmpty();
    }

    @Test
    void anUnknownPageIsTheChinese404() {
        BrowserSupport.logIn(browser, base, "county", "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
        browser.get(base + "/no/such/page");
        assertThat(browser.findElement(By.id("error-message")).getText()).contains("不存在");
    }

    /**
     * Decision 047, as the browser sees it: after the first page, every page takes its style sheets and scripts from
     * the browser's cache; only the page itself comes over the wire.
     */
    @Test
    void styleSheetsAndScriptsAreLoadedOnceNotOnEveryPage() {
        browser.get(base + "/login");
        List<Map<String, Object>> first = files();
        assertThat(first).isNotEmpty().allSatisfy(f -> assertThat(number(f, "sent"))
                .as("%s sent the first time", f.get("name")).isPositive());

        BrowserSupport.logIn(browser, base, "longshan", "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
        browser.get(base + "/children");
        assertThat(browser.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(files()).hasSizeGreaterThanOrEqualTo(first.size()).allSatisfy(f -> assertThat(number(f, "sent"))
                .as("%s sent again", f.get("name")).isZero());
    }

    /**
     * Decision 051: the administrator's account form offers one county's regions and units; choosing another county
     * fetches its choices (htmx), and the new account takes a town of it.
     */
    @Test
    void theAdministratorChoosesTheCountyThenTheTownOfANewAccount() {
        BrowserSupport.logIn(browser, base, "admin", "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
        browser.get(base + "/admin/accounts/new");
        BrowserSupport.waitForId(browser, "county");
        assertThat(browser.findElements(By.cssSelector("#scopeRegionCode option[value='522730100000']"))).isEmpty();

        new Select(browser.findElement(By.id("county"))).selectByVisibleText("龙里县");
        BrowserSupport.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#scopeRegionCode option[value='522730100000']")));
        String username = "acct" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("龙山镇 测试");
        new Select(browser.findElement(By.id("role"))).selectByValue("TOWN");
        new Select(browser.findElement(By.id("scopeRegionCode"))).selectByValue("522730100000");
        BrowserSupport.click(browser, By.id("account-save"));
        BrowserSupport.waitForId(browser, "temporary-password");
        // the account's form opens on its county, its town chosen
        assertThat(new Select(browser.findElement(By.id("county"))).getFirstSelectedOption().getText())
                .isEqualTo("龙里县");
        assertThat(new Select(browser.findElement(By.id("scopeRegionCode"))).getFirstSelectedOption().getText())
                .contains("龙山镇");
    }

    /** The page's style sheets and scripts, with the bytes each took over the wire (0 from the browser's cache). */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> files() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource')"
                + ".filter(e => e.initiatorType === 'link' || e.initiatorType === 'script')"
                + ".map(e => ({name: e.name, sent: e.transferSize}));");
    }

    private static long number(Map<String, Object> entry, String key) {
        return ((Number) entry.get(key)).longValue();
    }
}
