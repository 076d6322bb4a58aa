package org.guanai.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.imports.ImportFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Journey of issue 3/7: longshan downloads the template, uploads a roster with two bad rows, sees both
 * errors with their row numbers, downloads the error workbook, fixes the rows, uploads again, confirms,
 * and finds the new children in the roster.
 */
class ImportJourneyIT extends BrowserJourney {

    @Test
    void templateUploadErrorsFixConfirmAndFind() throws Exception {
        String prefix = "导" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 3);
        BrowserSupport.logIn(browser, base, "longshan", "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
        BrowserSupport.click(browser, By.id("nav-imports"));
        BrowserSupport.click(browser, By.id("template-children"));
        byte[] template = Files.readAllBytes(BrowserSupport.waitForDownload(downloads, "模板）.xlsx"));

        List<Object[]> rows = ImportFixtures.longshanRows(prefix, 3);
        Object[] badId = rows.get(1).clone();
        String id = (String) badId[7];
        badId[7] = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        Object[] badDate = rows.get(2).clone();
        badDate[6] = "2015-02-30";
        Path withErrors = downloads.resolve("有错误的名单.xlsx.upload");
        Files.write(withErrors, ImportFixtures.filled(template, List.of(rows.get(0), badId, badDate)));

        upload(withErrors);
        BrowserSupport.waitForId(browser, "errors");
        List<String> errorRows = browser.findElements(By.cssSelector("#errors .row-number")).stream()
                .map(WebElement::getText).toList();
        assertThat(errorRows).containsExactly("6", "7");
        assertThat(browser.findElement(By.id("errors")).getText()).contains("校验位错误").contains("日期不存在");
        // Not as a whole; its one good row could go in alone (导入无误的行), but the clerk corrects the file instead.
        assertThat(browser.findElement(By.id("confirm")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("confirm-valid-rows")).getText()).contains("新增 1 人").contains("2 行不导入");

        BrowserSupport.click(browser, By.id("error-report"));
        Path report = BrowserSupport.waitForDownload(downloads, "导入错误报告-" + currentImportId() + ".xlsx");
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(5).getCell(26).getStringCellValue()).contains("校验位错误");
            assertThat(sheet.getRow(6).getCell(26).getStringCellValue()).contains("日期不存在");
        }

        Path fixed = downloads.resolve("改正后的名单.xlsx.upload");
        Files.write(fixed, ImportFixtures.filled(template, rows));
        browser.get(base + "/imports");
        upload(fixed);
        BrowserSupport.waitForId(browser, "confirm");
        assertThat(browser.findElement(By.id("count-new")).getText()).isEqualTo("3");
        BrowserSupport.click(browser, By.id("confirm"));
        BrowserSupport.waitForId(browser, "committed");

        browser.get(base + "/children?q=" + prefix);
        String list = browser.findElement(By.tagName("main")).getText();
        for (Object[] r : rows) {
            assertThat(list).contains((String) r[3]);
        }
    }

    private void upload(Path file) {
        BrowserSupport.waitForId(browser, "upload-form");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        BrowserSupport.click(browser, By.id("upload"));
    }

    private String currentImportId() {
        String href = browser.findElement(By.id("error-report")).getAttribute("href");
        return href.replaceAll(".*/imports/(\\d+)/.*", "$1");
    }
}
