package org.guanai.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Journeys of issue 6/7: edu records progress on its dropout task and sees it on its home page; the inspector
 * sees it on the supervision page and downloads the list; the county office sees its charts drawn and keeps the
 * leading group.
 */
class TaskJourneyIT extends BrowserJourney {

    @Test
    void eduReportsProgressAndTheInspectorSeesItAndDownloadsTheList() throws Exception {
        as("edu");
        BrowserSupport.click(browser, By.id("nav-tasks"));
        BrowserSupport.waitForId(browser, "tasks");
        WebElement row = browser.findElement(By.cssSelector("#tasks tr[data-task='五（三）2']"));
        new Select(row.findElement(By.name("status"))).selectByValue("DONE");
        row.findElement(By.name("note")).sendKeys("劝返复学 3 人，学籍系统已标识 1 人");
        row.findElement(By.name("evidence")).sendKeys("劝返台账、书面报告");
        row.findElement(By.cssSelector("button[id^='report-']")).click();
        BrowserSupport.waitForText(browser, "tasks", "劝返复学 3 人");
        assertThat(browser.findElement(By.cssSelector("#tasks tr[data-task='五（三）2'] .task-status")).getText())
                .isEqualTo("已完成");

        browser.get(base + "/");
        BrowserSupport.waitForId(browser, "home-tasks");
        assertThat(Integer.parseInt(browser.findElement(By.id("tasks-done")).getText())).isPositive();

        as("inspector");
        BrowserSupport.click(browser, By.id("nav-supervision"));
        BrowserSupport.waitForId(browser, "unit-tasks");
        WebElement edu = browser.findElements(By.cssSelector("#unit-tasks tbody tr")).stream()
                .filter(r -> r.getText().startsWith("龙里县教育局")).findFirst().orElseThrow();
        assertThat(edu.findElement(By.className("done")).getText()).isEqualTo("1");
        BrowserSupport.click(browser, By.id("supervision-download"));
        Path file = BrowserSupport.waitForDownload(downloads, ".xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet tasks = wb.getSheet("任务落实");
            DataFormatter f = new DataFormatter();
            boolean found = false;
            for (Row r : tasks) {
                if (r.getCell(1) != null && "龙里县教育局".equals(f.formatCellValue(r.getCell(1)))) {
                    assertThat(f.formatCellValue(r.getCell(3))).isEqualTo("1");
                    found = true;
                }
            }
            assertThat(found).isTrue();
            assertThat(wb.getSheet("报表报送")).isNotNull();
            assertThat(wb.getSheet("逾期案件")).isNotNull();
        }
    }

    @Test
    void theCountyOfficeSeesItsChartsDrawnAndKeepsTheLeadingGroup() {
        as("county");
        // The charts are drawn by ECharts from the webjar under the page's Content-Security-Policy.
        for (String chart : new String[] {"chart-key-targets", "chart-cases", "chart-timeliness"}) {
            BrowserSupport.waitFor(browser).until(d -> !d.findElements(
                    By.cssSelector("#" + chart + "[data-rendered='true'] canvas")).isEmpty());
        }
        BrowserSupport.click(browser, By.id("nav-committees"));
        BrowserSupport.waitForText(browser, "members", "陈曦");
        browser.findElement(By.id("personName")).sendKeys("赵测试");
        browser.findElement(By.id("title")).sendKeys("县医疗保障局局长");
        browser.findElement(By.id("unit")).sendKeys("县医疗保障局");
        BrowserSupport.click(browser, By.id("add-member-submit"));
        BrowserSupport.waitForText(browser, "members", "赵测试");
        assertThat(browser.findElement(By.id("print")).isDisplayed()).isTrue();
        // Longli's plan sets up a leading group, no joint meeting (that is Changbai's, PlanJourneyIT).
        BrowserSupport.click(browser, By.id("tab-joint-meeting"));
        BrowserSupport.waitForId(browser, "committee-empty");
        assertThat(browser.getPageSource()).doesNotContain("苗春泽");
    }

    private void as(String user) {
        browser.manage().deleteAllCookies();
        BrowserSupport.logIn(browser, base, user, "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
    }
}
