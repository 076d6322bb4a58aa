package org.guanai.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guanai.registry.care.Carer;
import org.guanai.registry.care.CarerRole;
import org.guanai.registry.care.Carers;
import org.guanai.registry.care.Pairings;
import org.guanai.registry.care.Responsibilities;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.Pinyin;
import org.guanai.registry.person.VisitForm;
import org.guanai.registry.person.VisitKind;
import org.guanai.registry.person.VisitService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journeys of issue 4/6 on a phone-sized window (390 × 844): the village worker logs an activity at its 儿童之家 with
 * five participants found by pinyin and a contact with a paired child, and the town sees both on its home page; a
 * cadre's overdue visit shows on their list until a visit clears it. No page scrolls sideways.
 */
class CareJourneyIT extends BrowserJourney {

    static final String ZHONGBA = "522730100201";
    static final Jurisdiction COUNTY = Jurisdiction.region(RegionCode.of("522730000000"));
    /** Given names whose pinyin no demo name shares (the demo draws from common ones). */
    static final String[] GIVEN = {"霁琛", "翊骞", "璟璇", "筠溪", "骁珩"};

    @Autowired
    ChildService children;
    @Autowired
    Carers carers;
    @Autowired
    Pairings pairings;
    @Autowired
    Responsibilities responsibilities;
    @Autowired
    VisitService visits;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVillageWorkerLogsAnActivityAndAContactOnAPhoneAndTheTownSeesThem() {
        String surname = List.of("闵", "郦", "滕", "阚", "蔺").get((int) (System.nanoTime() % 5));
        List<Child> five = new ArrayList<>();
        for (String given : GIVEN) {
            five.add(children.register(ChildFixtures.child(surname + given, ZHONGBA), true, COUNTY));
        }
        Child paired = five.get(0);
        Carer mother = carers.servingVillage(ZHONGBA).stream().filter(c -> c.role() == CarerRole.COMPANION_MOTHER)
                .findFirst().orElseThrow();
        pairings.pair(PersonType.CHILD, paired.getId(), mother.id(), LocalDate.now().minusMonths(2), COUNTY);

        phone();
        BrowserSupport.logIn(browser, base, "zhongba", "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
        assertFitsTheScreen("home");

        // My places → the 儿童之家 → log an activity there.
        BrowserSupport.click(browser, By.id("nav-care"));
        BrowserSupport.click(browser, By.id("care-nav-places"));
        BrowserSupport.waitForId(browser, "places");
        assertFitsTheScreen("places");
        BrowserSupport.click(browser, By.partialLinkText("中坝村儿童之家"));
        BrowserSupport.waitForId(browser, "place-name");
        assertFitsTheScreen("place");
        BrowserSupport.click(browser, By.id("log-activity"));
        BrowserSupport.waitForId(browser, "activity-form");
        assertThat(new Select(browser.findElement(By.id("placeId"))).getFirstSelectedOption().getText())
                .isEqualTo("中坝村儿童之家");
        new Select(browser.findElement(By.id("kind"))).selectByValue("TUTORING");
        browser.findElement(By.id("notes")).sendKeys("期末复习，辅导数学作业");
        for (Child child : five) {
            WebElement search = browser.findElement(By.id("participant-q"));
            search.clear();
            search.sendKeys(Pinyin.of(child.getName()).full(), Keys.ENTER); // searches; does not send the form
            By add = By.cssSelector("[data-add-participant='CHILD:" + child.getId() + "']");
            BrowserSupport.waitFor(browser).until(ExpectedConditions.elementToBeClickable(add));
            BrowserSupport.click(browser, add);
        }
        assertThat(browser.findElement(By.id("chosen-count")).getText()).isEqualTo("5");
        assertFitsTheScreen("activity form");
        BrowserSupport.click(browser, By.id("activity-save"));
        BrowserSupport.waitForId(browser, "activity-title");
        assertThat(browser.findElement(By.id("activity-title")).getText()).contains("课业辅导");
        String participants = browser.findElement(By.id("participants")).getText();
        five.forEach(c -> assertThat(participants).contains(c.getName()));
        assertFitsTheScreen("activity");

        // A contact with the paired child, from the child's page.
        browser.get(base + "/children/" + paired.getId());
        BrowserSupport.waitForId(browser, "care");
        assertFitsTheScreen("child");
        assertThat(browser.findElement(By.id("services")).getText()).contains("课业辅导");
        new Select(browser.findElement(By.id("contact-kind-" + pairingOf(paired)))).selectByValue("HOME");
        browser.findElement(By.id("contact-note-" + pairingOf(paired))).sendKeys("入户看望，作业已完成");
        BrowserSupport.click(browser, By.id("contact-save-" + pairingOf(paired)));
        BrowserSupport.waitForText(browser, "pairing-" + pairingOf(paired), "入户看望，作业已完成");
        assertThat(browser.findElement(By.id("visit-list")).getText()).contains("入户看望，作业已完成");

        // The town sees both on its home page.
        atTop();
        BrowserSupport.click(browser, By.id("logout"));
        BrowserSupport.logIn(browser, base, "longshan", "Demo@2026");
        BrowserSupport.waitForId(browser, "home-care");
        assertThat(browser.findElement(By.id("latest-activities")).getText()).contains("课业辅导").contains("中坝村");
        assertThat(browser.findElement(By.id("latest-contacts")).getText()).contains(paired.getName());
    }

    @Test
    void aCadresOverdueVisitShowsOnTheirListAndAVisitClearsIt() {
        Child child = children.register(ChildFixtures.child("逾期" + UUID.randomUUID().toString()
                .replaceAll("[^a-f]", "").substring(0, 2).replace('a', '甲').replace('b', '乙').replace('c', '丙')
                .replace('d', '丁').replace('e', '戊').replace('f', '己'), ZHONGBA), true, COUNTY);
        Long zhongba = jdbc.queryForObject("select id from account where username = 'zhongba'", Long.class);
        responsibilities.assign(PersonType.CHILD, child.getId(), "A" + zhongba, COUNTY);
        VisitForm old = new VisitForm();
        old.setVisitDate(LocalDate.now().minusDays(200));
        old.setVisitor("吴芳");
        old.setKind(VisitKind.HOME);
        old.setFindings("上次走访");
        visits.record(children, child.getId(), old, COUNTY);

        phone();
        BrowserSupport.logIn(browser, base, "zhongba", "Demo@2026");
        BrowserSupport.waitForId(browser, "my-overdue");
        assertThat(browser.findElement(By.id("my-overdue")).getText()).contains(child.getName());
        BrowserSupport.click(browser, By.id("nav-my-people"));
        BrowserSupport.waitForId(browser, "my-people");
        assertFitsTheScreen("my people");
        WebElement card = cardOf(child);
        assertThat(card.findElement(By.className("visit-due")).getAttribute("class")).contains("overdue");

        card.click();
        BrowserSupport.waitForId(browser, "visit-form");
        new Select(browser.findElement(By.id("kind"))).selectByValue("HOME");
        browser.findElement(By.id("findings")).sendKeys("孩子在家，一切正常");
        BrowserSupport.click(browser, By.id("visit-save"));
        BrowserSupport.waitForText(browser, "visit-list", "孩子在家，一切正常");
        assertThat(browser.findElement(By.id("next-visit")).getAttribute("class")).doesNotContain("text-danger");

        atTop();
        BrowserSupport.click(browser, By.id("nav-my-people"));
        BrowserSupport.waitForId(browser, "my-people");
        assertThat(cardOf(child).findElement(By.className("visit-due")).getAttribute("class"))
                .doesNotContain("overdue");
    }

    /** Every page a village worker opens from the menu fits the phone's screen. */
    @Test
    void aVillageWorkersPagesFitAPhone() {
        long elder = jdbc.queryForObject("select min(id) from elder where village_code = ?", Long.class, ZHONGBA);
        long child = jdbc.queryForObject("select min(id) from child where village_code = ?", Long.class, ZHONGBA);
        long activity = jdbc.queryForObject("select min(id) from care_activity where region_code = ?", Long.class,
                ZHONGBA);
        phone();
        BrowserSupport.logIn(browser, base, "zhongba", "Demo@2026");
        BrowserSupport.waitForId(browser, "home-scope");
        List<String> wide = new ArrayList<>();
        for (String page : List.of("/", "/my/people", "/children", "/elderly", "/children/" + child,
                "/elderly/" + elder, "/inbox", "/cases?open=true", "/mandatory-reports/new", "/transfers",
                "/care/activities", "/care/activities/new", "/care/activities/" + activity, "/care/places",
                "/care/carers", "/care/carers/new", "/care/places/new", "/care/unattended", "/care/visit-plan",
                "/care/figures", "/account/password")) {
            browser.get(base + page);
            BrowserSupport.waitFor(browser).until(d -> ((JavascriptExecutor) d)
                    .executeScript("return document.readyState").equals("complete"));
            if (!Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"))) {
                wide.add(page + " (" + ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth") + " px)");
            }
        }
        assertThat(wide).as("pages wider than a 390-px screen").isEmpty();
    }

    private WebElement cardOf(Child child) {
        return browser.findElement(By.cssSelector("#my-people a[href$='/children/" + child.getId() + "']"));
    }

    private long pairingOf(Child child) {
        return jdbc.queryForObject("select max(id) from care_pairing where person_type = 'CHILD' and person_id = ?",
                Long.class, child.getId());
    }

    /**
     * Back to the top of a long page before using the menu: Bootstrap scrolls smoothly, and a click that scrolls a
     * phone's page by a screen or more can land before the scroll ends.
     */
    private void atTop() {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
    }

    private void phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    /** Nothing on the page is wider than the window: no sideways scrolling. */
    private void assertFitsTheScreen(String page) {
        Object fits = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as(page + " fits a 390-px screen").isEqualTo(true);
    }
}
