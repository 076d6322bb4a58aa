package org.guanai.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Round 2, issue 5/6: 长白朝鲜族自治县 works under its own plan. Its office sees the 联席会议, adds the mid-December summary
 * as a task that comes back every year, records an inspection and follows it up with a 约谈; Longli's inspector sees
 * none of it.
 */
class PlanJourneyIT extends BrowserJourney {

    @Test
    void changbaisOfficeWorksUnderItsPlanAndLonglisInspectorSeesNoneOfIt() {
        as("cbcounty");
        assertThat(browser.findElement(By.cssSelector("header .county")).getText()).isEqualTo("长白朝鲜族自治县");
        WebElement committees = browser.findElement(By.id("nav-committees"));
        assertThat(committees.getText()).isEqualTo("联席会议");
        assertThat(browser.findElements(By.id("nav-pattern"))).as("no 456 in Changbai's plan").isEmpty();
        BrowserSupport.click(browser, By.id("nav-committees"));
        BrowserSupport.waitForText(browser, "members", "苗春泽");
        assertThat(browser.findElement(By.id("members")).getText()).contains("总召集人");

        BrowserSupport.click(browser, By.id("nav-plan"));
        BrowserSupport.waitForId(browser, "plan-current");
        assertThat(browser.findElement(By.id("plan-current")).getText()).contains("长政办发〔2016〕39号")
                .contains("每季度最后一个月的20日之前");
        assertThat(browser.findElement(By.id("plan-words")).getText()).startsWith("乡镇");

        // The summary to the joint meeting's office, every year by 12-15.
        BrowserSupport.click(browser, By.id("nav-tasks"));
        BrowserSupport.waitForId(browser, "add-task");
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("四（一）1").doesNotContain("五（一）1");
        browser.findElement(By.id("task-code")).sendKeys("年度总结");
        browser.findElement(By.id("task-title")).sendKeys("联席会议办公室汇总各乡镇、各部门年度工作总结报县政府");
        new Select(browser.findElement(By.id("task-lead"))).selectByValue("CIVIL_AFFAIRS");
        new Select(browser.findElement(By.id("task-every"))).selectByValue("YEAR");
        browser.findElement(By.id("task-every-day")).sendKeys("12-15");
        BrowserSupport.click(browser, By.cssSelector("#add-task input[name='responsible'][value='TOWN']"));
        BrowserSupport.click(browser, By.id("add-task-submit"));
        BrowserSupport.waitForId(browser, "flash-success");
        WebElement summary = browser.findElements(By.cssSelector("#tasks tr[data-task='年度总结']")).get(0);
        assertThat(summary.getText()).contains("每年12月15日前");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate due = LocalDate.of(today.getYear(), 12, 15);
        assertThat(summary.getAttribute("data-due")).isEqualTo((today.isAfter(due) ? due.plusYears(1) : due).toString());

        // An inspection of 长白镇 with a 约谈.
        browser.get(base + "/supervision");
        BrowserSupport.click(browser, By.id("supervision-inspections"));
        BrowserSupport.waitForId(browser, "inspection-form");
        new Select(browser.findElement(By.id("kind"))).selectByValue("SPECIAL");
        browser.findElement(By.id("inspectors")).sendKeys("县政府督查组 李明");
        browser.findElement(By.id("units")).sendKeys("长白镇、县教育局");
        new Select(browser.findElement(By.id("subject-1"))).selectByVisibleText(
                browser.findElements(By.cssSelector("#subject-1 option")).stream()
                        .filter(o -> o.getText().startsWith("四（二）2")).findFirst().orElseThrow().getText());
        browser.findElement(By.id("finding-1")).sendKeys("包保台账不全，未通报派出所备案");
        browser.findElement(By.id("summary")).sendKeys("限期一个月整改");
        BrowserSupport.click(browser, By.id("inspection-save"));
        BrowserSupport.waitForId(browser, "follow-up-form");
        assertThat(browser.findElement(By.id("findings")).getText()).contains("四（二）2").contains("包保台账不全");
        new Select(browser.findElement(By.id("fu-kind"))).selectByValue("TALK");
        browser.findElement(By.id("fu-unit")).sendKeys("长白镇");
        browser.findElement(By.id("fu-reason")).sendKeys("包保台账不全");
        setDate("fu-due", today.plusDays(30));
        BrowserSupport.click(browser, By.id("follow-up-save"));
        // The inspection's page already says 已保存 from its own save: wait for what only the new page has.
        WebElement talk = BrowserSupport.waitFor(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-kind='TALK']")));
        assertThat(talk.getText()).contains("约谈").contains("长白镇");
        assertThat(browser.findElements(By.id("flash-success"))).isNotEmpty();
        String address = browser.getCurrentUrl();

        // Longli's inspector: no such inspection, no such task, none of it on its pages.
        as("inspector");
        browser.get(base + "/supervision/inspections");
        BrowserSupport.waitForId(browser, "inspections");
        assertThat(browser.getPageSource()).doesNotContain("县政府督查组 李明").doesNotContain("包保台账不全");
        browser.get(base + "/tasks");
        BrowserSupport.waitForId(browser, "tasks");
        assertThat(browser.getPageSource()).doesNotContain("联席会议办公室汇总").doesNotContain("四（一）1");
        browser.get(address);
        assertThat(browser.getPageSource()).doesNotContain("县政府督查组 李明");
        assertThat(browser.findElement(By.id("nav-committees")).getText()).isEqualTo("领导小组");
    }

    private void setDate(String id, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }

    private void as(String user) {
        browser.manage().deleteAllCookies();
        BrowserSupport.logIn(browser, base, user, "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
    }
}
