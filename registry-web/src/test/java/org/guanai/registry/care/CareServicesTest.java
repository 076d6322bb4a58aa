package org.guanai.registry.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.WebTestSupport;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.Elder;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.VisitForm;
import org.guanai.registry.person.VisitKind;
import org.guanai.registry.person.VisitService;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.ElderFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The rules of care records against the real database (docs/care.md). */
@WebIntegrationTest
class CareServicesTest {

    static final String ZHONGBA = "522730100201";
    static final String GUJIAO_VILLAGE = "522730101201";
    static final Jurisdiction COUNTY = Jurisdiction.region(RegionCode.of("522730000000"));
    static final Jurisdiction ZHONGBA_VILLAGE = Jurisdiction.region(RegionCode.of(ZHONGBA));
    static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    @Autowired
    CarePhotos photos;
    @Autowired
    Activities activities;
    @Autowired
    Pairings pairings;
    @Autowired
    Carers carers;
    @Autowired
    Responsibilities responsibilities;
    @Autowired
    ChildService children;
    @Autowired
    VisitService visits;
    @Autowired
    ElderService elders;
    @Autowired
    CareFigures figures;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    RegistryProperties properties;
    @Autowired
    MockMvc mvc;

    private Child child(String village) {
        return children.register(ChildFixtures.child("关爱" + UUID.randomUUID().toString().substring(0, 4), village),
                true, COUNTY);
    }

    private long placeOf(String village) {
        return jdbc.queryForObject("select min(id) from care_place where region_code = ?", Long.class, village);
    }

    @Test
    void aPhotoIsAnImageByItsBytesAndNoLargerThanFiveMegabytes() {
        assertThat(CarePhotos.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
        assertThat(CarePhotos.sniff(PNG_HEAD)).isEqualTo("image/png");
        assertThat(CarePhotos.sniff("RIFF0000WEBPVP8 ".getBytes())).isEqualTo("image/webp");
        assertThat(CarePhotos.sniff("<html><script>".getBytes())).isNull();
        long place = placeOf(ZHONGBA);
        assertThatThrownBy(() -> photos.add(CarePhotos.Owner.PLACE, place, "%PDF-1.4".getBytes(), COUNTY))
                .hasMessage("care.error.photoNotImage");
        byte[] large = Arrays.copyOf(PNG_HEAD, CarePhotos.MAX_BYTES + 1);
        assertThatThrownBy(() -> photos.add(CarePhotos.Owner.PLACE, place, large, COUNTY))
                .hasMessage("care.error.photoTooLarge");
        long id = photos.add(CarePhotos.Owner.PLACE, place, PNG_HEAD, COUNTY);
        assertThat(photos.get(id, ZHONGBA_VILLAGE).contentType()).isEqualTo("image/png");
        assertThatThrownBy(() -> photos.get(id, Jurisdiction.region(RegionCode.of(GUJIAO_VILLAGE))))
                .isInstanceOf(OutsideJurisdictionException.class);
    }

    @Test
    void anActivityTakesOnlyPeopleAndPlacesTheUserSees() {
        Child own = child(ZHONGBA);
        Child elsewhere = child(GUJIAO_VILLAGE);
        ActivityForm form = new ActivityForm();
        form.setRegionCode(ZHONGBA);
        form.setPlaceId(placeOf(ZHONGBA));
        form.setKind(ActivityKind.SAFETY_EDUCATION);
        form.setActivityDate(LocalDate.of(2026, 11, 1));
        form.setOrganiser("吴芳");
        form.setParticipants(List.of("CHILD:" + own.getId(), "CHILD:" + elsewhere.getId()));
        assertThatThrownBy(() -> activities.record(form, ZHONGBA_VILLAGE))
                .isInstanceOf(OutsideJurisdictionException.class);
        form.setParticipants(List.of("CHILD:" + own.getId()));
        form.setPlaceId(placeOf(GUJIAO_VILLAGE));
        assertThatThrownBy(() -> activities.record(form, ZHONGBA_VILLAGE)).hasMessage("care.error.place");
        form.setPlaceId(placeOf(ZHONGBA));
        long id = activities.record(form, ZHONGBA_VILLAGE);
        assertThat(activities.of(PersonType.CHILD, own.getId(), COUNTY)).extracting(Activities.ServiceReceived::activityId)
                .contains(id);
        assertThat(activities.get(id, COUNTY).participants()).extracting(Activity.Participant::id)
                .containsExactly(own.getId());

        // The county gathers children of two villages: the village worker sees its own by name, the other in the count.
        Child neighbour = child("522730100202");
        form.setParticipants(List.of("CHILD:" + own.getId(), "CHILD:" + neighbour.getId()));
        long both = activities.record(form, COUNTY);
        Activity seenByVillage = activities.get(both, ZHONGBA_VILLAGE);
        assertThat(seenByVillage.participantCount()).isEqualTo(2);
        assertThat(seenByVillage.participants()).extracting(Activity.Participant::id).containsExactly(own.getId());
        assertThat(activities.get(both, COUNTY).participants()).hasSize(2);
    }

    @Test
    void aPairingTakesACarerOfThePersonsVillageOrTownAndANoteIsNoVisit() {
        Child child = child(ZHONGBA);
        long otherTownCarer = jdbc.queryForObject("select min(id) from carer where region_code = ?", Long.class,
                GUJIAO_VILLAGE);
        assertThatThrownBy(() -> pairings.pair(PersonType.CHILD, child.getId(), otherTownCarer,
                LocalDate.of(2026, 1, 1), COUNTY)).hasMessage("care.error.carerNotServing");
        long carer = carers.servingVillage(ZHONGBA).get(0).id();
        long pairing = pairings.pair(PersonType.CHILD, child.getId(), carer, LocalDate.of(2026, 1, 1), COUNTY);
        assertThatThrownBy(() -> pairings.pair(PersonType.CHILD, child.getId(), carer, LocalDate.of(2026, 2, 1),
                COUNTY)).hasMessage("care.error.alreadyPaired");

        pairings.contact(pairing, contact(VisitKind.NOTE, LocalDate.of(2026, 3, 1)), COUNTY);
        assertThat(children.get(child.getId(), COUNTY).getLastVisitDate()).isNull();
        pairings.contact(pairing, contact(VisitKind.VIDEO, LocalDate.of(2026, 3, 2)), COUNTY);
        assertThat(children.get(child.getId(), COUNTY).getLastVisitDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(pairings.of(PersonType.CHILD, child.getId(), COUNTY).get(0).contacts()).hasSize(2);
    }

    /** A contact refused by the form's checks comes back on the person's page as typed, the reason at its field. */
    @Test
    void aRefusedContactIsShownAgainAsTypedOnThePersonsPage() throws Exception {
        Child child = child(ZHONGBA);
        long carer = carers.servingVillage(ZHONGBA).get(0).id();
        long pairing = pairings.pair(PersonType.CHILD, child.getId(), carer, LocalDate.of(2026, 1, 1), COUNTY);
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        // The registry's tomorrow, in its time zone: the UTC day's tomorrow is the registry's today from 16:00 UTC.
        String tomorrow = properties.today(clock).plusDays(1).toString();
        MvcResult refused = mvc.perform(post("/care/pairings/" + pairing + "/contacts").param("visitDate", tomorrow)
                .param("kind", "PHONE").param("visitor", "童伴妈妈 王芳").param("findings", "孩子说想念在外务工的父母，学习正常")
                .with(csrf()).session(longshan))
                .andExpect(redirectedUrl("/children/" + child.getId() + "#pairing-" + pairing)).andReturn();
        assertThat(pairings.of(PersonType.CHILD, child.getId(), COUNTY).get(0).contacts()).isEmpty();

        Document page = Jsoup.parse(mvc.perform(get("/children/" + child.getId()).session(longshan)
                .flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#contact-note-" + pairing).val()).isEqualTo("孩子说想念在外务工的父母，学习正常");
        assertThat(page.select("#contact-visitor-" + pairing).val()).isEqualTo("童伴妈妈 王芳");
        assertThat(page.select("#contact-kind-" + pairing + " option[selected]").val()).isEqualTo("PHONE");
        assertThat(page.select("#contact-date-" + pairing).val()).isEqualTo(tomorrow);
        assertThat(page.select("#contact-date-" + pairing).hasClass("is-invalid")).isTrue();
        assertThat(page.select("#contact-date-" + pairing + " + .invalid-feedback").text()).isNotBlank();
        assertThat(page.select("#contact-note-" + pairing).hasClass("is-invalid")).isFalse();
    }

    /**
     * The county's visit plan with a month left empty or out of range comes back as typed, the reason at the field
     * (an empty month had failed the request, 400), and the plan stays.
     */
    @Test
    void aRefusedVisitPlanComesBackAsTypedWithTheReasonAtItsField() throws Exception {
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        VisitPlan before = responsibilities.plan(RegionCode.of("522730000000"));
        Document empty = Jsoup.parse(mvc.perform(post("/care/visit-plan").param("keyTargetMonths", "")
                .param("otherMonths", "2").with(csrf()).session(county)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(empty.select("#keyTargetMonths").hasClass("is-invalid")).isTrue();
        assertThat(empty.select("#keyTargetMonths + .invalid-feedback").text()).isEqualTo("走访间隔应为1到12个月");
        assertThat(empty.select("#otherMonths").val()).isEqualTo("2");
        assertThat(empty.select("#otherMonths").hasClass("is-invalid")).isFalse();
        Document tooLong = Jsoup.parse(mvc.perform(post("/care/visit-plan").param("keyTargetMonths", "1")
                .param("otherMonths", "13").with(csrf()).session(county)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(tooLong.select("#otherMonths + .invalid-feedback").text()).isEqualTo("走访间隔应为1到12个月");
        assertThat(tooLong.select("#otherMonths").val()).isEqualTo("13");
        assertThat(responsibilities.plan(RegionCode.of("522730000000"))).isEqualTo(before);
    }

    @Test
    void theNextVisitFallsDueThePlansMonthsAfterTheLastOne() {
        Child child = child(ZHONGBA);
        Long zhongba = jdbc.queryForObject("select id from account where username = 'zhongba'", Long.class);
        responsibilities.assign(PersonType.CHILD, child.getId(), "A" + zhongba, COUNTY);
        visits.record(children, child.getId(), contact(VisitKind.HOME, LocalDate.of(2026, 1, 10)), COUNTY);
        Responsibility r = responsibilities.of(PersonType.CHILD, child.getId(), COUNTY);
        assertThat(r.accountId()).isEqualTo(zhongba);
        // Not a key target: quarterly unless the county says otherwise.
        LocalDate planned = LocalDate.of(2026, 1, 10).plusMonths(
                responsibilities.plan(RegionCode.of("522730000000")).otherMonths());
        assertThat(r.nextVisitDue()).isEqualTo(planned);
        // The lists' SQL and the page's Java give the same day.
        assertThat(responsibilities.mine(new SignedInUser(zhongba, "zhongba", "吴芳", Role.VILLAGE, ZHONGBA_VILLAGE)))
                .filteredOn(d -> d.id() == child.getId()).singleElement()
                .extracting(DueVisit::nextVisitDue).isEqualTo(planned);
        assertThatThrownBy(() -> responsibilities.assign(PersonType.CHILD, child.getId(), "A999999", COUNTY))
                .hasMessage("care.error.responsible");
        // The roster's 包保责任人 is the person now: the account's name, then a carer's name and phone.
        assertThat(children.get(child.getId(), COUNTY).getDetails().getResponsibleCadre())
                .isEqualTo("龙山镇中坝村儿童主任 吴芳");
        Carer carer = carers.servingVillage(ZHONGBA).stream().filter(c -> c.phone() == null).findFirst().orElseThrow();
        responsibilities.assign(PersonType.CHILD, child.getId(), "C" + carer.id(), COUNTY);
        assertThat(children.get(child.getId(), COUNTY).getDetails().getResponsibleCadre()).isEqualTo(carer.name());
        assertThat(responsibilities.of(PersonType.CHILD, child.getId(), COUNTY).carerId()).isEqualTo(carer.id());
    }

    /**
     * A home page's overdue visits are the jurisdiction's own active children and elders, each once, whoever is
     * responsible; a cadre's own are those assigned to the account or to a carer it is; the county's care figures count
     * the same people.
     */
    @Test
    void theOverdueVisitsOfATownAreItsOwnActiveChildrenAndElders() {
        Jurisdiction longshan = Jurisdiction.region(RegionCode.of("522730100000"));
        Jurisdiction gujiao = Jurisdiction.region(RegionCode.of("522730101000"));
        Long zhongba = jdbc.queryForObject("select id from account where username = 'zhongba'", Long.class);
        Child own = child(ZHONGBA);
        Child left = child(ZHONGBA);
        Elder elder = elders.register(ElderFixtures.elder("谷" + UUID.randomUUID().toString().substring(0, 5),
                GUJIAO_VILLAGE), true, gujiao);
        responsibilities.assign(PersonType.CHILD, own.getId(), "A" + zhongba, COUNTY);
        responsibilities.assign(PersonType.CHILD, left.getId(), "A" + zhongba, COUNTY);
        Carer carer = carers.servingVillage(GUJIAO_VILLAGE).get(0);
        responsibilities.assign(PersonType.ELDER, elder.getId(), "C" + carer.id(), COUNTY);
        // Assigned long ago and never visited: overdue, by the plan's months from the assignment.
        jdbc.update("""
                update care_responsibility set assigned_on = date '2000-01-01'
                 where person_type = 'CHILD' and person_id in (?, ?) or person_type = 'ELDER' and person_id = ?
                """, own.getId(), left.getId(), elder.getId());
        jdbc.update("update child set status = 'EXITED' where id = ?", left.getId());

        Responsibilities.Overdue town = responsibilities.overdue(longshan);
        assertThat(town.shown()).extracting(DueVisit::id).contains(own.getId()).doesNotContain(left.getId());
        assertThat(town.shown()).filteredOn(d -> d.type() == PersonType.ELDER).extracting(DueVisit::id)
                .doesNotContain(elder.getId());
        Responsibilities.Overdue other = responsibilities.overdue(gujiao);
        assertThat(other.shown()).filteredOn(d -> d.type() == PersonType.ELDER).extracting(DueVisit::id)
                .contains(elder.getId());
        assertThat(other.shown()).extracting(DueVisit::id).doesNotContain(own.getId());
        DueVisit theElder = other.shown().stream().filter(d -> d.type() == PersonType.ELDER
                && d.id() == elder.getId()).findFirst().orElseThrow();
        assertThat(theElder.responsibleName()).isEqualTo(carer.name());
        assertThat(theElder.overdue()).isTrue();
        // A cadre's own people: assigned to the account, or to a carer the account is.
        Child viaCarer = child(ZHONGBA);
        List<Long> zhongbaAsCarer = jdbc.queryForList("select id from carer where account_id = ?", Long.class, zhongba);
        responsibilities.assign(PersonType.CHILD, viaCarer.getId(), "C" + zhongbaAsCarer.get(0), COUNTY);
        SignedInUser cadre = new SignedInUser(zhongba, "zhongba", "吴芳", Role.VILLAGE, ZHONGBA_VILLAGE);
        assertThat(responsibilities.mine(cadre)).extracting(DueVisit::id).contains(own.getId(), viaCarer.getId())
                .doesNotContain(left.getId());
        jdbc.update("update carer set account_id = null where account_id = ?", zhongba);
        try {
            assertThat(responsibilities.mine(cadre)).extracting(DueVisit::id).contains(own.getId())
                    .doesNotContain(viaCarer.getId());
        } finally {
            zhongbaAsCarer.forEach(id -> jdbc.update("update carer set account_id = ? where id = ?", zhongba, id));
        }
        // Each person once: the county's overdue are its towns' together, and a village's figures count the same.
        List<Region> towns = regions.children(RegionCode.of("522730000000"));
        assertThat(towns.stream().mapToLong(t -> responsibilities.overdue(
                Jurisdiction.region(RegionCode.of(t.getCode()))).count()).sum())
                .isEqualTo(responsibilities.overdue(COUNTY).count());
        LocalDate today = properties.today(clock);
        LocalDate from = today.minusYears(1);
        CareFigures.Figures village = figures.of(regions.children(RegionCode.of("522730100000")), from, today, COUNTY)
                .stream().filter(f -> f.code().equals(ZHONGBA)).findFirst().orElseThrow();
        assertThat(village.get(CareFigures.Measure.OVERDUE))
                .isEqualTo(responsibilities.overdue(ZHONGBA_VILLAGE).count()).isPositive();
        // asked apart, each counts as the two read together do
        for (CareFigures.Measure alone : List.of(CareFigures.Measure.OVERDUE, CareFigures.Measure.UNDER_CARE)) {
            assertThat(figures.of(regions.children(RegionCode.of("522730100000")), from, today, EnumSet.of(alone),
                    COUNTY).stream().filter(f -> f.code().equals(ZHONGBA)).findFirst().orElseThrow().get(alone))
                    .as(alone.name()).isEqualTo(village.get(alone));
        }
        assertThat(village.get(CareFigures.Measure.UNDER_CARE)).isEqualTo(jdbc.queryForObject("""
                select count(*) from care_responsibility b
                  left join child c on b.person_type = 'CHILD' and c.id = b.person_id
                  left join elder e on b.person_type = 'ELDER' and e.id = b.person_id
                 where coalesce(c.status, e.status) = 'ACTIVE' and coalesce(c.village_code, e.village_code) = ?
                """, Long.class, ZHONGBA));
        // Pairings and their contacts by the person's village, the exited's too (the period's work was done).
        assertThat(village.pairings()).isEqualTo(jdbc.queryForObject("""
                select count(*) from care_pairing x
                  left join child c on x.person_type = 'CHILD' and c.id = x.person_id
                  left join elder e on x.person_type = 'ELDER' and e.id = x.person_id
                 where x.starts_on <= ? and (x.ends_on is null or x.ends_on >= ?)
                   and coalesce(c.village_code, e.village_code) = ?
                """, Long.class, today, from, ZHONGBA)).isPositive();
        assertThat(village.contacts()).isEqualTo(jdbc.queryForObject("""
                select count(*) from visit x
                  left join child c on x.person_type = 'CHILD' and c.id = x.person_id
                  left join elder e on x.person_type = 'ELDER' and e.id = x.person_id
                 where x.pairing_id is not null and x.visit_date between ? and ?
                   and coalesce(c.village_code, e.village_code) = ?
                """, Long.class, from, today, ZHONGBA));
        assertThat(village.get(CareFigures.Measure.FILED)).isEqualTo(jdbc.queryForObject("""
                select count(*) from police_filing f join child c on c.id = f.child_id
                 where c.status = 'ACTIVE' and c.village_code = ?
                """, Long.class, ZHONGBA));
    }

    @Test
    void aCarersPhoneFollowsThePhoneRuleNextToTheField() {
        CarerForm form = new CarerForm();
        form.setRegionCode(ZHONGBA);
        form.setRole(CarerRole.VOLUNTEER);
        form.setName("志愿者");
        form.setPhone("电话号码");
        assertThatThrownBy(() -> carers.create(form, ZHONGBA_VILLAGE)).isInstanceOfSatisfying(
                CareRefusedException.class, e -> assertThat(e.field()).isEqualTo("phone"));
        form.setPhone("0854-5631234");
        form.setAccount("gujiao");
        assertThatThrownBy(() -> carers.create(form, ZHONGBA_VILLAGE)).hasMessage("care.error.account");
    }

    /** The county's workbook of a town: a row per village and the town's total, counts that add up. */
    @Test
    void theQuarterlyCareWorkbookOfATownHoldsItsVillagesAndTheirTotal() throws Exception {
        MockHttpSession county = WebTestSupport.login(mvc, "county", WebTestSupport.DEMO_PASSWORD);
        String quarter = Quarter.of(LocalDate.now()).toString();
        byte[] file = mvc.perform(get("/care/figures/" + quarter + "/towns/522730100000.xlsx").session(county))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("关爱服务情况");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("活动分类");
            Sheet sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            int header = -1;
            for (Row row : sheet) {
                if ("序号".equals(f.formatCellValue(row.getCell(0)))) {
                    header = row.getRowNum();
                }
            }
            assertThat(header).isNotNegative();
            Row head = sheet.getRow(header);
            assertThat(f.formatCellValue(head.getCell(2))).isEqualTo("开放场所");
            assertThat(f.formatCellValue(head.getCell(head.getLastCellNum() - 1))).isEqualTo("派出所备案人数");
            long villagesPlaces = 0;
            Row total = null;
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(1) == null) {
                    continue;
                }
                if ("合计".equals(f.formatCellValue(row.getCell(0)))) {
                    total = row;
                } else if (!f.formatCellValue(row.getCell(0)).isBlank()) {
                    villagesPlaces += (long) row.getCell(2).getNumericCellValue();
                }
            }
            assertThat(total).isNotNull();
            assertThat(f.formatCellValue(total.getCell(1))).isEqualTo("龙山镇");
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(villagesPlaces).isPositive();
        }
    }

    private static VisitForm contact(VisitKind kind, LocalDate date) {
        VisitForm f = new VisitForm();
        f.setKind(kind);
        f.setVisitDate(date);
        f.setVisitor("童伴妈妈");
        f.setFindings("联系");
        return f;
    }
}
