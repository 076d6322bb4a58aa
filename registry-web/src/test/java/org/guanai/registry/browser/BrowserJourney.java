package org.guanai.registry.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.guanai.registry.TempTrees;
import org.guanai.registry.testsupport.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A journey: the application on a random port with the test database, and a fresh headless Chromium per test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    WebDriver browser;
    /** Where the browser saves downloads, without asking. */
    Path downloads;
    /** The browser's profile and the downloads, deleted after each test. */
    private Path workDir;
    String base;

    @BeforeEach
    void openBrowser() throws Exception {
        workDir = Files.createTempDirectory("browser-journey");
        downloads = Files.createDirectory(workDir.resolve("downloads"));
        browser = BrowserSupport.startBrowser(workDir.resolve("profile"), downloads);
        base = "http://localhost:" + port;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        TempTrees.deleteQuietly(workDir);
    }
}
