package org.guanai.registry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.report.Attachment3Column.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.casework.CaseAction;
import org.guanai.registry.casework.CaseField;
import org.guanai.registry.casework.CaseFile;
import org.guanai.registry.casework.CaseInbox;
import org.guanai.registry.casework.CaseService;
import org.guanai.registry.casework.CaseType;
import org.guanai.registry.casework.MandatoryReports;
import org.guanai.registry.casework.ReportSeverity;
import org.guanai.registry.casework.ReportSituation;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.child.GuardianKind;
import org.guanai.registry.child.GuardianshipType;
import org.guanai.registry.child.ParentStatus;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.person.Health;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.TestTowns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attachment 3 on a known fixture: a town of its own, children and case events made through the services,
 * and the row compared with figures counted by hand.
 */
@SpringBootTest
class Attachment3QueryTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final RegionCode COUNTY = RegionCode.of("522730000000");

    @Autowired
    Attachment3Query query;
    @Autowired
    ChildService children;
    @Autowired
    CaseService cases;
    @Autowired
    CaseInbox caseInbox;
    @Autowired
    MandatoryReports caseReports;
    @Autowired
    RegionService regions;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    RegionCode town;
    String village;
    SignedInUser clerk;
    SignedInUser county;
    SignedInUser police;
    SignedInUser edu;

    @Test
    void theRowOfAKnownTownEqualsTheFiguresCountedByHand() {
        aFreshTown();
        Child c1 = child(d -> { });
        Child c2 = child(d -> {
            d.setGuardianKind(GuardianKind.NONE);
            d.setGuardianshipType(GuardianshipType.UNATTENDED);
        });
        Child c3 = child(d -> d.setSchooling(Schooling.DROPPED_OUT));
        Child c4 = child(d -> {
            d.setIdNumber(null);
            d.setHasHukou(false);
        });
        Child c5 = child(d -> {
            d.setHealth(Health.ILL);
            d.setIllness("白血病");
        });
        child(d -> d.setSchooling(Schooling.NOT_IN_SCHOOL)); // c7: still out of school at the end
        child(d -> {                                        // c8: still without hukou at the end
            d.setIdNumber(null);
            d.setHasHukou(false);
        });
        Child c9 = child(d -> d.getMother().setStatus(ParentStatus.INCAPABLE));

        // 监护落实 for c2: contacted, ordered to delegate, delegated, admonished and a revocation applied for.
        CaseFile g = open(c2, CaseType.GUARDIANSHIP);
        g = step(g, "contactParents", police, Map.of("contactDate", "2026-11-01", "parentsReached", "true"));
        g = step(g, "orderParents", police, Map.of("order", "DELEGATE"));
        g = step(g, "intervene", police, Map.of("intervention", "ADMONISH", "interventionDate", "2026-11-02"));
        g = step(g, "intervene", county, Map.of("intervention", "REVOKE_APPLICATION", "interventionDate", "2026-11-03"));
        // The application brings in the court and the procuratorate; the court revokes and appoints a guardian.
        SignedInUser court = department("fy-" + town.prefix(), "fy");
        SignedInUser procuratorate = department("jcy-" + town.prefix(), "jcy");
        g = step(g, "procuratorialAction", procuratorate, Map.of("procuratorialAction", "SUPPORT",
                "procuratorialDate", "2026-11-04"));
        CaseFile pending = g;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> step(pending, "courtRuling", court, Map.of("ruling",
                "GRANTED", "rulingDate", "2026-11-20"))).as("a granted ruling names the new guardian")
                .isInstanceOf(org.guanai.registry.casework.CaseInputException.class);
        g = step(g, "courtRuling", court, Map.of("ruling", "GRANTED", "rulingDate", "2026-11-20",
                "newGuardianName", "杨奶奶", "newGuardianRelation", "祖母"));
        step(g, "recordArrangement", clerk, Map.of("arrangement", "DELEGATED"));
        CaseFile d = open(c2, CaseType.DELEGATION);
        d = step(d, "propose", clerk, Map.of("delegateName", "杨奶奶", "delegateRelation", "祖母"));
        d = step(d, "assess", clerk, Map.of("assessHealth", "GOOD", "assessAge", "61", "assessEconomy", "FAIR",
                "assessWillingness", "WILLING", "assessResult", "PASS", "assessor", "村主任", "assessDate", "2026-11-04"));
        step(d, "sign", clerk, Map.of("entrustingParent", "BOTH", "termFrom", "2026-11-05", "parentSignedDate",
                "2026-11-05", "delegateSignedDate", "2026-11-05"));
        // 监护落实 for c9: a parent came back.
        CaseFile g9 = open(c9, CaseType.GUARDIANSHIP);
        g9 = step(g9, "contactParents", police, Map.of("contactDate", "2026-11-01", "parentsReached", "true"));
        g9 = step(g9, "orderParents", police, Map.of("order", "RETURN"));
        // An application the court refuses is no revocation.
        g9 = step(g9, "intervene", county, Map.of("intervention", "REVOKE_APPLICATION", "interventionDate",
                "2026-11-03"));
        g9 = step(g9, "courtRuling", department("fy9-" + town.prefix(), "fy"), Map.of("ruling", "REFUSED",
                "rulingDate", "2026-11-21"));
        step(g9, "recordArrangement", clerk, Map.of("arrangement", "PARENT_RETURNED"));
        // 控辍保学 for c3: back at school.
        CaseFile dr = step(open(c3, CaseType.DROPOUT), "verify", edu, Map.of("verifyMethod", "VISIT",
                "verifyDate", "2026-11-06", "verifyFinding", "在家"));
        step(dr, "backToSchool", edu, Map.of("returnDate", "2026-11-07", "returnSchooling", "PRIMARY",
                "schoolName", "测试小学"));
        // 户籍登记 for c4.
        CaseFile h = step(open(c4, CaseType.HUKOU), "verify", police, Map.of("verifyDate", "2026-11-06",
                "verifyFinding", "属实"));
        h = step(h, "collectDocuments", police, Map.of("documents", "出生医学证明"));
        step(h, "register", police, Map.of("idNumber", ChildFixtures.idNumber(c4.getDetails().getBirthDate(),
                c4.getDetails().getSex()), "registeredDate", "2026-11-08", "nonBiological", "false"));
        // 兜底保障 for c5: two measures, one child.
        CaseFile s = step(open(c5, CaseType.SAFETY_NET), "refer", county, Map.of("referredTo", "HEALTH"));
        s = step(s, "grant", county, Map.of("measure", "MEDICAL_RELIEF", "grantDate", "2026-11-09"));
        step(s, "grant", county, Map.of("measure", "TEMPORARY_RELIEF", "amount", "800", "grantDate", "2026-11-10"));
        // Two mandatory reports, one accepted with the child placed with the village.
        CaseFile r = caseReports.report(new MandatoryReports.ReportForm(c1.getDetails().getIdNumber(), "某", village, "独居",
                ReportSituation.LIVING_ALONE, ReportSeverity.URGENT, null), county);
        r = step(r, "accept", police, Map.of());
        step(r, "placeTemporarily", police, Map.of("escortedTo", "VILLAGE", "escortDate", "2026-11-11",
                "carePlace", "村委会"));
        caseReports.report(new MandatoryReports.ReportForm(null, "不知名", village, "流浪", ReportSituation.ABANDONMENT,
                ReportSeverity.SERIOUS, null), county);

        Quarter now = Quarter.of(LocalDate.now(clock.withZone(ZONE)));
        EnumMap<Attachment3Column, Integer> expected = new EnumMap<>(Attachment3Column.class);
        expected.put(LEFT_BEHIND_TOTAL, 8);
        expected.put(UNATTENDED, 0);             // c2 has a delegate now
        expected.put(ONE_AWAY_OTHER_INCAPABLE, 1); // c9
        expected.put(OUT_OF_SCHOOL, 1);          // c7; c3 is back
        expected.put(NO_HUKOU, 1);               // c8; c4 is registered
        expected.put(ILL_OR_DISABLED, 1);        // c5
        expected.put(PARENT_RETURNED, 1);
        expected.put(DELEGATED, 1);
        expected.put(CONFIRMATIONS_SIGNED, 1);
        expected.put(MANDATORY_REPORTS, 2);
        expected.put(EMERGENCIES_HANDLED, 1);
        expected.put(TEMPORARY_CARE_VILLAGE, 1);
        expected.put(TEMPORARY_CARE_RESCUE_STATION, 0);
        expected.put(TEMPORARY_CARE_WELFARE_INSTITUTION, 0);
        expected.put(SOCIAL_ASSISTANCE, 1);
        expected.put(ADMONISHED, 1);
        expected.put(GUARDIANSHIP_REVOKED, 1);
        expected.put(DROPOUTS, 1);
        expected.put(RETURNED_TO_SCHOOL, 1);
        expected.put(WITHOUT_HUKOU, 1);
        expected.put(HUKOU_REGISTERED, 1);
        assertThat(query.forTown(town, ReportPeriod.of(now, ZONE)).values()).isEqualTo(expected);

        // The quarter before: the same totals, no events.
        Attachment3Figures before = query.forTown(town, ReportPeriod.of(now.previous(), ZONE));
        for (Attachment3Column c : Attachment3Column.values()) {
            assertThat(before.get(c)).as(c.name()).isEqualTo(c.kind() == Kind.TOTAL ? expected.get(c) : 0);
        }
        // The county's query holds the town's row as it is.
        assertThat(query.byTown(COUNTY, ReportPeriod.of(now, ZONE)).get(town.value())).isEqualTo(query.forTown(town, ReportPeriod.of(now, ZONE)));
    }

    @Test
    void theStepsAndValuesItCountsAreThoseOfTheWorkflows() {
        Map<String, CaseType> steps = Map.of(Attachment3Query.ARRANGEMENT_STEP, CaseType.GUARDIANSHIP,
                Attachment3Query.SIGN_STEP, CaseType.DELEGATION, Attachment3Query.ACCEPT_STEP, CaseType.MANDATORY_REPORT,
                Attachment3Query.ESCORT_STEP, CaseType.TEMPORARY_CARE, Attachment3Query.GRANT_STEP, CaseType.SAFETY_NET,
                Attachment3Query.INTERVENE_STEP, CaseType.GUARDIANSHIP, Attachment3Query.RULING_STEP,
                CaseType.GUARDIANSHIP, Attachment3Query.BACK_TO_SCHOOL_STEP,
                CaseType.DROPOUT, Attachment3Query.REGISTER_STEP, CaseType.HUKOU);
        steps.forEach((step, type) -> assertThat(type.workflow().step(step)).as(type + "." + step).isPresent());
        assertThat(Attachment3Query.OPEN_STEP).isEqualTo(CaseAction.OPENED);
        assertThat(CaseField.ARRANGEMENT.options()).contains("PARENT_RETURNED", "DELEGATED");
        assertThat(CaseField.ESCORTED_TO.options())
                .contains("VILLAGE", "RESCUE_STATION", "WELFARE_INSTITUTION");
        assertThat(CaseField.INTERVENTION.options())
                .contains("ADMONISH", "REVOKE_APPLICATION");
        assertThat(CaseField.RULING.options()).contains("GRANTED");
    }

    @Test
    void quartersParsePrintAndDeadline() {
        Quarter q = Quarter.parse("2026-Q3");
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q.label()).isEqualTo("2026年第3季度");
        assertThat(q.deadline(20)).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(q.deadline(0)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Quarter.parse("2026-Q1").previous()).isEqualTo(Quarter.parse("2025-Q4"));
        assertThat(Quarter.of(LocalDate.of(2026, 11, 23))).hasToString("2026-Q4");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Quarter.parse("2026-Q5"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void aFreshTown() {
        town = TestTowns.create(regions);
        village = TestTowns.village(town);
        clerk = new SignedInUser(null, "clerk", "测试镇 办事员", Role.TOWN, Jurisdiction.region(town));
        county = new SignedInUser(account("county"), "county", "县留守办", Role.COUNTY, Jurisdiction.region(COUNTY));
        police = department("police", "ga");
        edu = department("edu", "jy");
    }

    private Child child(Consumer<ChildDetails> change) {
        ChildDetails d = ChildFixtures.child("统" + UUID.randomUUID().toString().substring(0, 5), village);
        change.accept(d);
        return children.register(d, true, Jurisdiction.region(town));
    }

    private CaseFile open(Child child, CaseType type) {
        return caseInbox.ofChild(child.getId(), county).stream().filter(c -> c.getType() == type && !c.isClosed())
                .findFirst().orElseGet(() -> cases.open(type, child.getId(), null, clerk));
    }

    private CaseFile step(CaseFile c, String step, SignedInUser actor, Map<String, String> values) {
        return cases.take(c.getId(), c.getVersion(), step, values, null, actor);
    }

    private SignedInUser department(String username, String orgCode) {
        Long account = jdbc.queryForList("select id from account where username = ?", Long.class, username).stream()
                .findFirst().orElse(null);
        return new SignedInUser(account, username, username, Role.DEPARTMENT,
                Jurisdiction.department(organisations.findByCode(orgCode).orElseThrow().getId(), COUNTY));
    }

    private Long account(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }
}
