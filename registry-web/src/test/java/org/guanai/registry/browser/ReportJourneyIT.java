package org.guanai.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.report.Attachment3Column;
import org.guanai.registry.report.Attachment3Form;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Journey of issue 5/7: longshan submits 2026-Q3 signed by its leader → edu corrects a dropout figure and police
 * confirm theirs → county approves and downloads the county workbook, which counts the verified figure.
 */
class ReportJourneyIT extends BrowserJourney {

    static final String TOWN = "/reports/2026-Q3/towns/522730100000";

    @Test
    void submittedVerifiedApprovedAndDownloaded() throws Exception {
        as("longshan");
        BrowserSupport.click(browser, By.id("nav-reports"));
        browser.get(base + "/reports/2026-Q3");
        BrowserSupport.waitForId(browser, "submit-form");
        browser.findElement(By.id("dutiesReport")).sendKeys("五个责任均已落实：家庭监护方面……");
        Path scan = Files.createTempFile("汇报材料", ".png");
        Files.write(scan, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});
        browser.findElement(By.id("files")).sendKeys(scan.toString());
        browser.findElement(By.id("leaderName")).sendKeys("龙山镇 王镇长");
        BrowserSupport.click(browser, By.id("submit-report"));
        BrowserSupport.waitForText(browser, "report-status", "已报送");
        assertThat(browser.findElement(By.id("duties-report")).getText()).contains("五个责任均已落实");
        assertThat(browser.findElement(By.id("revisions")).getText()).contains("王镇长").contains("逾期");
        int dropouts = Integer.parseInt(browser.findElement(By.cssSelector(
                "#row-submitted td[data-col='DROPOUTS'] span")).getText());

        as("edu");
        browser.get(base + TOWN);
        BrowserSupport.waitForId(browser, "verify-form");
        assertThat(browser.findElements(By.id("col-HUKOU_REGISTERED"))).isEmpty(); // the police's column
        browser.findElement(By.id("col-DROPOUTS")).sendKeys(String.valueOf(dropouts + 1));
        browser.findElement(By.id("verify-note")).sendKeys("学籍系统另有一人");
        BrowserSupport.click(browser, By.id("verify-report"));
        BrowserSupport.waitForText(browser, "row-submitted", "核实：" + (dropouts + 1));

        as("police");
        browser.get(base + TOWN);
        BrowserSupport.waitForId(browser, "verify-form");
        BrowserSupport.click(browser, By.id("verify-report"));
        // The form's page has the table already: wait for the answer to the click, not for the table.
        BrowserSupport.waitForText(browser, "flash-success", "已保存核实结果");

        as("county");
        browser.get(base + "/reports/2026-Q3");
        BrowserSupport.waitForText(browser, "towns", "教育、公安");
        browser.get(base + TOWN);
        assertThat(browser.findElement(By.id("report-files")).getText()).contains("汇报材料"); // beside the tables
        BrowserSupport.click(browser, By.id("approve-report"));
        BrowserSupport.waitForText(browser, "report-status", "审核通过");
        browser.get(base + "/reports/2026-Q3");
        BrowserSupport.click(browser, By.id("county-workbook"));
        Path file = BrowserSupport.waitForDownload(downloads, "2026-Q3.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet(Attachment3Form.SHEET);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("农村留守儿童关爱保护专项行动情况汇总表");
            int col = Attachment3Column.DROPOUTS.ordinal() + 1;
            boolean found = false;
            for (int r = 4; r <= s.getLastRowNum(); r++) {
                var row = s.getRow(r);
                if (row != null && row.getCell(0) != null && "龙山镇".equals(row.getCell(0).getStringCellValue())) {
                    assertThat((int) row.getCell(col).getNumericCellValue()).isEqualTo(dropouts + 1);
                    assertThat(row.getCell(22).getStringCellValue()).contains("核实更正");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    private void as(String user) {
        browser.manage().deleteAllCookies();
        BrowserSupport.logIn(browser, base, user, "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
    }
}
