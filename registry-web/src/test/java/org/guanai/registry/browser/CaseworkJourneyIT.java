package org.guanai.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journeys of issue 4/7: (a) a town marks a child 失学辍学, education works the dropout case from its inbox to
 * 返校复学 and the child is at school again; (b) a school files an urgent mandatory report, the police accept it
 * and place the child in temporary care, and the school sees only the status.
 */
class CaseworkJourneyIT extends BrowserJourney {

    @Autowired
    ChildService children;

    @Test
    void aDropoutIsPersuadedBackToSchool() {
        String name = "辍" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 3);
        Child child = children.register(ChildFixtures.child(name, "522730100203"), true,
                Jurisdiction.region(RegionCode.of("522730100000")));

        as("longshan");
        browser.get(base + "/children/" + child.getId());
        BrowserSupport.click(browser, By.id("edit-child"));
        BrowserSupport.waitForId(browser, "child-form");
        new Select(browser.findElement(By.id("schooling"))).selectByValue("DROPPED_OUT");
        BrowserSupport.click(browser, By.id("child-save"));
        BrowserSupport.waitForText(browser, "child-cases", "控辍保学");

        as("edu");
        BrowserSupport.click(browser, By.id("nav-inbox"));
        BrowserSupport.waitForId(browser, "cases");
        assertThat(browser.findElement(By.id("inbox-count")).getText()).isNotBlank();
        BrowserSupport.click(browser, By.linkText(name));
        BrowserSupport.waitForText(browser, "case-state", "待核实");

        new Select(browser.findElement(By.id("verify-verifyMethod"))).selectByValue("VISIT");
        setDate("verify-verifyDate", "2026-11-20");
        browser.findElement(By.id("verify-verifyFinding")).sendKeys("在家帮忙务农，未到校");
        BrowserSupport.click(browser, By.id("step-verify"));
        BrowserSupport.waitForText(browser, "case-state", "已核实");

        setDate("persuade-persuasionDate", "2026-11-21");
        browser.findElement(By.id("persuade-persuader")).sendKeys("班主任王老师");
        browser.findElement(By.id("persuade-persuasionResult")).sendKeys("家长同意下周一送回学校");
        BrowserSupport.click(browser, By.id("step-persuade"));
        BrowserSupport.waitForText(browser, "case-state", "劝返中");
        assertThat(browser.findElement(By.id("case-log")).getText()).contains("班主任王老师");

        setDate("backToSchool-returnDate", "2026-11-23");
        new Select(browser.findElement(By.id("backToSchool-returnSchooling"))).selectByValue("JUNIOR");
        browser.findElement(By.id("backToSchool-schoolName")).sendKeys("龙山中学");
        BrowserSupport.click(browser, By.id("step-backToSchool"));
        BrowserSupport.waitForText(browser, "case-state", "已返校复学");

        BrowserSupport.click(browser, By.id("case-child"));
        BrowserSupport.waitForId(browser, "schooling");
        assertThat(browser.findElement(By.id("schooling")).getText()).contains("在校").contains("初中").contains("龙山中学");
        assertThat(browser.findElements(By.cssSelector(".key-flag"))).extracting(e -> e.getText())
                .doesNotContain("失学辍学");
    }

    @Test
    void anUrgentReportIsAcceptedAndTheChildPlacedWhileTheSchoolSeesOnlyTheStatus() {
        String name = "报" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 3);

        as("school1");
        BrowserSupport.click(browser, By.id("nav-report"));
        BrowserSupport.waitForId(browser, "report-form");
        browser.findElement(By.id("childName")).sendKeys(name);
        new Select(browser.findElement(By.id("placeCode"))).selectByValue("522730100201");
        new Select(browser.findElement(By.id("situation"))).selectByValue("LIVING_ALONE");
        new Select(browser.findElement(By.id("severity"))).selectByValue("URGENT");
        browser.findElement(By.id("description")).sendKeys("约十岁，父母外出，独自在家已三天");
        BrowserSupport.click(browser, By.id("report-submit"));
        BrowserSupport.waitForText(browser, "my-reports", name);
        assertThat(browser.findElement(By.id("my-reports")).getText()).contains("已提交，待受理");

        as("police");
        BrowserSupport.click(browser, By.id("nav-inbox"));
        BrowserSupport.waitForId(browser, "cases");
        BrowserSupport.click(browser, By.linkText(name));
        BrowserSupport.waitForText(browser, "case-severity", "紧急");
        assertThat(browser.findElement(By.id("case-reporter")).getText()).contains("周校长");
        BrowserSupport.click(browser, By.id("step-accept"));
        BrowserSupport.waitForText(browser, "case-state", "已受理");

        new Select(browser.findElement(By.id("placeTemporarily-escortedTo"))).selectByValue("VILLAGE");
        setDate("placeTemporarily-escortDate", "2026-11-23");
        browser.findElement(By.id("placeTemporarily-carePlace")).sendKeys("中坝村村委会");
        BrowserSupport.click(browser, By.id("step-placeTemporarily"));
        BrowserSupport.waitForText(browser, "case-log", "临时监护安置");
        assertThat(browser.findElement(By.id("case-facts")).getText()).contains("村（居）委会").contains("中坝村村委会");

        as("school1");
        BrowserSupport.click(browser, By.id("nav-my-reports"));
        BrowserSupport.waitForText(browser, "my-reports", name);
        String mine = browser.findElement(By.tagName("main")).getText();
        assertThat(mine).contains("已受理，处置中").doesNotContain("中坝村村委会").doesNotContain("刘警官")
                .doesNotContain("派出所");
        assertThat(browser.findElements(By.id("nav-cases"))).isEmpty();
    }

    private void as(String user) {
        browser.manage().deleteAllCookies();
        BrowserSupport.logIn(browser, base, user, "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
    }

    /** Date inputs take their value in the browser's locale format when typed; set the ISO value directly. */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), isoDate);
    }
}
