package org.guanai.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.Elder;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.Sex;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.ElderFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey of issue 2/7: longshan registers a child from the ID number (birth date and sex filled in),
 * is told in Chinese about a wrong check digit, finds the child by part of the name, edits the
 * guardian, logs a visit and sees the change in the history; a delegate is found in the elders' roster.
 */
class RegistryJourneyIT extends BrowserJourney {

    static final String LONGSHAN_VILLAGE = "522730100203";
    static final Jurisdiction LONGSHAN = Jurisdiction.region(RegionCode.of("522730100000"));

    @Autowired
    ChildService children;
    @Autowired
    ElderService elders;

    @Test
    void registerFindEditVisitAndSeeTheHistory() {
        String id = ChildFixtures.idNumber(LocalDate.of(2014, 7, 9), Sex.MALE);
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        String tail = UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 3);
        String name = "杨浩" + tail;

        BrowserSupport.logIn(browser, base, "longshan", "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
        BrowserSupport.click(browser, By.id("nav-children"));
        BrowserSupport.click(browser, By.id("new-child"));
        BrowserSupport.waitForId(browser, "child-form");

        // A wrong check digit: explained as it is typed ...
        browser.findElement(By.id("idNumber")).sendKeys(wrong);
        BrowserSupport.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("id-check-problem")));
        assertThat(browser.findElement(By.id("id-check-problem")).getText())
                .isEqualTo("公民身份号码校验位错误，应为 " + id.charAt(17));

        // ... and the right one fills in birth date and sex.
        browser.findElement(By.id("idNumber")).clear();
        browser.findElement(By.id("idNumber")).sendKeys(id);
        BrowserSupport.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("id-check-ok")));
        assertThat(browser.findElement(By.id("birthDate")).getDomProperty("value")).isEqualTo("2014-07-09");
        assertThat(new Select(browser.findElement(By.id("sex"))).getFirstSelectedOption().getText()).isEqualTo("男");

        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("villageCode"))).selectByValue("522730100203");
        new Select(browser.findElement(By.id("father.status"))).selectByValue("WORKING_AWAY");
        browser.findElement(By.id("father.workPlace")).sendKeys("浙江省宁波市");
        new Select(browser.findElement(By.id("mother.status"))).selectByValue("WORKING_AWAY");
        browser.findElement(By.id("mother.workPlace")).sendKeys("广东省东莞市");
        new Select(browser.findElement(By.id("guardianKind"))).selectByValue("GRANDPARENT");
        new Select(browser.findElement(By.id("guardianshipType"))).selectByValue("FAIR");
        new Select(browser.findElement(By.id("schooling"))).selectByValue("JUNIOR");
        new Select(browser.findElement(By.id("health"))).selectByValue("HEALTHY");
        BrowserSupport.click(browser, By.id("child-save"));

        BrowserSupport.waitForId(browser, "child-name");
        assertThat(browser.findElement(By.id("child-name")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("id-number")).getText()).contains("********");

        // Found by part of the name.
        browser.get(base + "/children");
        browser.findElement(By.id("q")).sendKeys("浩" + tail);
        BrowserSupport.click(browser, By.id("filter-submit"));
        BrowserSupport.waitForId(browser, "children");
        BrowserSupport.click(browser, By.linkText(name));

        // The guardian changes: a delegate takes over.
        BrowserSupport.waitForId(browser, "edit-child");
        BrowserSupport.click(browser, By.id("edit-child"));
        BrowserSupport.waitForId(browser, "child-form");
        BrowserSupport.click(browser, By.id("delegated1"));
        browser.findElement(By.id("delegate.name")).sendKeys("杨奶奶");
        browser.findElement(By.id("delegate.relation")).sendKeys("祖母");
        new Select(browser.findElement(By.id("guardianKind"))).selectByValue("OTHER_RELATIVE_OR_FRIEND");
        BrowserSupport.click(browser, By.id("child-save"));
        BrowserSupport.waitForId(browser, "delegate");
        assertThat(browser.findElement(By.id("delegate")).getText()).contains("杨奶奶");

        // A visit.
        new Select(browser.findElement(By.id("kind"))).selectByValue("HOME");
        browser.findElement(By.id("findings")).sendKeys("祖母身体尚可，孩子按时上学");
        BrowserSupport.click(browser, By.id("visit-save"));
        BrowserSupport.waitForText(browser, "visit-list", "祖母身体尚可");
        assertThat(browser.findElement(By.id("visit-list")).getText()).contains("祖母身体尚可").contains("家访");

        String history = browser.findElement(By.id("history-list")).getText();
        assertThat(history).contains("受委托监护人姓名").contains("杨奶奶").contains("修改").contains("走访").contains("登记");
    }

    /** A delegate found in the elders' roster by part of the name, chosen, and linked on the child's page. */
    @Test
    void aDelegateIsFoundInTheEldersRosterAndLinked() {
        String tail = UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 3);
        Elder grandma = elders.register(ElderFixtures.elder("杨奶奶" + tail, LONGSHAN_VILLAGE), true, LONGSHAN);
        Child child = children.register(ChildFixtures.child("杨朵" + tail, LONGSHAN_VILLAGE), true, LONGSHAN);

        BrowserSupport.logIn(browser, base, "longshan", "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
        browser.get(base + "/children/" + child.getId() + "/edit");
        BrowserSupport.waitForId(browser, "child-form");
        BrowserSupport.click(browser, By.id("delegated1"));
        browser.findElement(By.id("delegate.relation")).sendKeys("祖母");
        // Enter searches; it does not send the half-filled form.
        browser.findElement(By.id("delegate.elderId-search")).sendKeys("杨奶奶" + tail, Keys.ENTER);
        BrowserSupport.click(browser, By.cssSelector("[data-choose-elder='" + grandma.getId() + "']"));
        assertThat(new Select(browser.findElement(By.id("delegate.elderId"))).getFirstSelectedOption().getText())
                .startsWith(grandma.getName());
        new Select(browser.findElement(By.id("guardianKind"))).selectByValue("OTHER_RELATIVE_OR_FRIEND");
        BrowserSupport.click(browser, By.id("child-save"));

        BrowserSupport.waitForId(browser, "delegate");
        assertThat(browser.findElement(By.id("delegate")).getText()).contains(grandma.getName()).contains("老人档案");
        assertThat(browser.findElement(By.linkText("老人档案")).getDomAttribute("href"))
                .isEqualTo("/elderly/" + grandma.getId());
    }
}
