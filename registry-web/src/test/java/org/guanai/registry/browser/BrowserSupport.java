package org.guanai.registry.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, headless. Both paths are given explicitly, so Selenium Manager
 * never tries to download anything. Without them the browser tests are skipped with a clear reason.
 */
final class BrowserSupport {

    static final String CHROMIUM = System.getProperty("registry.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("registry.test.chromedriver", "/usr/bin/chromedriver");

    private BrowserSupport() {
    }

    /** A browser with its profile in {@code profile} that saves downloads into {@code downloads} without asking. */
    static WebDriver startBrowser(Path profile, Path downloads) throws Exception {
        // Fails rather than skips: a machine without a browser would otherwise pass without the journeys.
        if (!(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)))) {
            throw new IllegalStateException("The browser journeys need Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver; .ci/run installs them).");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath());
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory",
                    downloads.toAbsolutePath().toString(), "download.prompt_for_download", false,
                    "download.directory_upgrade", true, "safebrowsing.enabled", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Waits for a finished download whose name ends with {@code suffix} to appear in {@code dir}. */
    static Path waitForDownload(Path dir, String suffix) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            try (var files = Files.list(dir)) {
                var found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (found.isPresent() && Files.size(found.get()) > 0) {
                    return found.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download ending in " + suffix + " in " + dir);
    }

    /**
     * A wait that looks again, as on a stale element, when Chromium reports an element of a page that a form's answer
     * is replacing as an "unknown error" (its node "does not belong to the document"). Every wait of the journeys
     * comes through here, so none reads the old page's element and fails on the way to the new one.
     */
    static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)) {
            @Override
            public <V> V until(Function<? super WebDriver, ? extends V> condition) {
                return super.until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                            return null; // the next page is loading: look again
                        }
                        throw e;
                    }
                });
            }
        };
    }

    static void logIn(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    /** Scrolls the element to the middle of the window first: long forms put buttons below the fold. */
    static void click(WebDriver driver, By locator) {
        org.openqa.selenium.WebElement element = waitFor(driver).until(ExpectedConditions.elementToBeClickable(locator));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    static void waitForId(WebDriver driver, String id) {
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /**
     * Waits for {@code text} inside the element with {@code id}. Use it when the element is already on the page
     * before the action (a list that gains a row): waiting for the id alone would read the old page.
     */
    static void waitForText(WebDriver driver, String id, String text) {
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }
}
