package org.guanai.registry.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.child.DelegateCandidates;
import org.guanai.registry.child.GuardianKind;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.elder.Elder;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.person.ChangeAction;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.RecordChange;
import org.guanai.registry.person.ResidentIdNumber;
import org.guanai.registry.person.Sex;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.ElderFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cases on real PostgreSQL: auto-opening, routing, steps and their loop back, deadlines, who sees what. */
@SpringBootTest
class CaseServiceTest {

    static final RegionCode COUNTY_CODE = RegionCode.of("522730000000");
    static final String LONGSHAN_VILLAGE = "522730100201";
    static final String GUJIAO_VILLAGE = "522730101201";

    @Autowired
    InboxCounts inboxCounts;
    @Autowired
    CaseService cases;

    @Autowired

    CaseInbox caseInbox;

    @Autowired

    MandatoryReports caseReports;
    @Autowired
    ChildService children;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ElderService elders;
    @Autowired
    EarlierKeyTargetsJob job;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseFileRepository caseFiles;
    @Autowired
    CaseAccess access;
    @Autowired
    NumberDisclosure disclosure;
    @Autowired
    CaseFigures caseFigures;
    @Autowired
    Clock clock;

    SignedInUser longshan;
    SignedInUser gujiao;
    SignedInUser county;
    SignedInUser edu;
    SignedInUser police;
    SignedInUser inspector;
    SignedInUser school;

    @BeforeEach
    void actors() {
        longshan = new SignedInUser(account("longshan"), "longshan", "龙山镇 李娟", Role.TOWN,
                Jurisdiction.region(RegionCode.of("522730100000")));
        gujiao = new SignedInUser(account("gujiao"), "gujiao", "谷脚镇 张明", Role.TOWN,
                Jurisdiction.region(RegionCode.of("522730101000")));
        county = new SignedInUser(account("county"), "county", "县留守办", Role.COUNTY, Jurisdiction.region(COUNTY_CODE));
        inspector = new SignedInUser(account("inspector"), "inspector", "督查", Role.INSPECTOR,
                Jurisdiction.region(COUNTY_CODE).readOnly());
        edu = department("edu", "jy");
        police = department("police", "ga");
        school = new SignedInUser(account("school1"), "school1", "周校长", Role.REPORTER,
                Jurisdiction.reporter(org("school-522730100000")));
    }

    @Test
    void droppingOutOpensOneCaseForEducationAndReturningToSchoolClosesTheLoop() {
        Child child = register(LONGSHAN_VILLAGE);
        assertThat(open(child, CaseType.DROPOUT)).isEmpty();

        Child dropped = edit(child, d -> d.setSchooling(Schooling.DROPPED_OUT));
        CaseFile c = open(dropped, CaseType.DROPOUT).get(0);
        assertThat(c.getOwnerOrganisationId()).isEqualTo(org("jy"));
        assertThat(c.getOpenedBecause()).isEqualTo(OpenedBecause.KEY_TARGET);
        assertThat(c.getDueAt()).isEqualTo(c.getOpenedAt().plus(Duration.ofDays(7)));

        // Saving again, with the flag still set, opens nothing more.
        Child again = edit(dropped, d -> d.setNotes("再次保存"));
        assertThat(open(again, CaseType.DROPOUT)).hasSize(1);
        assertThat(allPages(edu)).extracting(CaseFile::getId).contains(c.getId());
        assertThat(allPages(longshan)).extracting(CaseFile::getId).doesNotContain(c.getId());

        c = cases.take(c.getId(), c.getVersion(), "verify", Map.of("verifyMethod", "VISIT", "verifyDate", "2026-11-20",
                "verifyFinding", "在家务农"), null, edu);
        c = cases.take(c.getId(), c.getVersion(), "persuade", Map.of("persuasionDate", "2026-11-21", "persuader",
                "班主任", "persuasionResult", "家长同意"), "第一次劝返", edu);
        c = cases.take(c.getId(), c.getVersion(), "backToSchool", Map.of("returnDate", "2026-11-22",
                "returnSchooling", "JUNIOR", "schoolName", "龙山中学", "grade", "初一"), null, edu);
        assertThat(c.isClosed()).isTrue();
        Child back = children.get(child.getId(), Jurisdiction.region(COUNTY_CODE));
        assertThat(back.getDetails().getSchooling()).isEqualTo(Schooling.JUNIOR);
        assertThat(back.getDetails().getSchoolName()).isEqualTo("龙山中学");
        assertThat(back.getKeyTargets().flags()).isEmpty();
        List<RecordChange> history = children.history(child.getId(), Jurisdiction.region(COUNTY_CODE)).changes();
        assertThat(history).extracting(RecordChange::getAction).contains(ChangeAction.CASE);
        long caseId = c.getId();
        assertThat(history).filteredOn(h -> h.getAction() == ChangeAction.UPDATED)
                .anySatisfy(h -> assertThat(h.getSummary()).isEqualTo("CASE DROPOUT " + caseId + " backToSchool"));
        assertThat(cases.view(c.getId(), edu).log()).extracting(CaseService.LogEntry::step)
                .containsExactly("open", "verify", "persuade", "backToSchool");
        assertThat(auditCount("CASE_STEP", c.getId())).isEqualTo(3);
    }

    @Test
    void aStepOfTheWrongPartyOrStateIsRefusedAndChangesNothing() {
        CaseFile c = open(edit(register(LONGSHAN_VILLAGE), d -> d.setSchooling(Schooling.NOT_IN_SCHOOL)),
                CaseType.DROPOUT).get(0);
        Map<String, String> verify = Map.of("verifyMethod", "PHONE", "verifyDate", "2026-11-20", "verifyFinding", "x");
        assertThatThrownBy(() -> cases.take(c.getId(), c.getVersion(), "verify", verify, null, longshan))
                .isInstanceOfSatisfying(CaseRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.notYourStep"));
        assertThatThrownBy(() -> cases.take(c.getId(), c.getVersion(), "verify", verify, null, inspector))
                .isInstanceOf(CaseRefusedException.class);
        assertThatThrownBy(() -> cases.take(c.getId(), c.getVersion(), "backToSchool", Map.of(), null, edu))
                .isInstanceOfSatisfying(CaseRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.wrongState"));
        assertThatThrownBy(() -> cases.take(c.getId(), c.getVersion(), "verify", Map.of("verifyMethod", "FAX"), null, edu))
                .isInstanceOfSatisfying(CaseInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactlyInAnyOrder("verifyMethod:case.error.option", "verifyDate:case.error.required",
                                "verifyFinding:case.error.required"));
        CaseFile unchanged = cases.view(c.getId(), edu).file();
        assertThat(unchanged.getState()).isEqualTo("OPEN");
        assertThat(unchanged.getVersion()).isEqualTo(c.getVersion());
        assertThat(cases.view(c.getId(), edu).log()).hasSize(1);
    }

    @Test
    void casesOutsideTheScopeAreNotFoundAndTheAttemptIsAudited() {
        CaseFile c = open(edit(register(LONGSHAN_VILLAGE), d -> d.setSchooling(Schooling.DROPPED_OUT)),
                CaseType.DROPOUT).get(0);
        assertThatThrownBy(() -> cases.view(c.getId(), gujiao)).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> cases.view(c.getId(), police)).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> cases.view(c.getId(), school)).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> cases.take(c.getId(), c.getVersion(), "verify", Map.of(), null, gujiao))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThat(auditCount("ACCESS_DENIED", c.getId())).isEqualTo(4);
        assertThat(cases.view(c.getId(), inspector).steps()).isEmpty();
        assertThat(cases.view(c.getId(), county).file().getId()).isEqualTo(c.getId());
        assertThat(caseInbox.list(new CaseInbox.CaseFilter(CaseType.DROPOUT, true, false), gujiao))
                .extracting(CaseFile::getId).doesNotContain(c.getId());
    }

    @Test
    void anUrgentReportGoesToThePoliceOfThePlaceAndOnlyPoliceAndCountySeeWhoReported() {
        Child child = register(LONGSHAN_VILLAGE);
        CaseFile report = caseReports.report(new MandatoryReports.ReportForm(child.getDetails().getIdNumber(), "某某", LONGSHAN_VILLAGE,
                "孩子独自在家三天", ReportSituation.LIVING_ALONE, ReportSeverity.URGENT, null), school);
        assertThat(report.getChildId()).isEqualTo(child.getId());
        assertThat(report.getSubjectName()).isEqualTo(child.getName());
        assertThat(report.getOwnerOrganisationId()).isEqualTo(org("police-522730100000"));
        assertThat(report.getDueAt()).isEqualTo(report.getOpenedAt().plus(Duration.ofHours(2)));

        // The county police oversees its stations; the town sees the case but not the reporter.
        assertThat(allPages(police)).extracting(CaseFile::getId).contains(report.getId());
        assertThat(cases.view(report.getId(), police).reporter()).contains("周校长").contains("龙山镇中心小学");
        assertThat(cases.view(report.getId(), county).reporter()).isNotNull();
        assertThat(cases.view(report.getId(), longshan).reporter()).isNull();
        assertThat(cases.view(report.getId(), longshan).openedBy()).isEqualTo(CaseService.CONFIDENTIAL);
        assertThat(cases.view(report.getId(), longshan).log()).extracting(CaseService.LogEntry::actorName)
                .containsOnly(CaseService.CONFIDENTIAL);
        assertThat(children.history(child.getId(), longshan.jurisdiction()).changes()).extracting(RecordChange::getAction)
                .doesNotContain(ChangeAction.CASE);
        assertThatThrownBy(() -> cases.view(report.getId(), edu)).isInstanceOf(OutsideJurisdictionException.class);

        CaseFile accepted = cases.take(report.getId(), report.getVersion(), "accept", Map.of(), null, police);
        // Accepted within its response time: the handling has the route's limit from now on.
        assertThat(accepted.getDueAt()).isAfter(report.getDueAt());
        cases.take(accepted.getId(), accepted.getVersion(), "placeTemporarily", Map.of("escortedTo", "VILLAGE",
                "escortDate", "2026-11-23", "carePlace", "中坝村村委会"), null, police);
        CaseFile care = open(child, CaseType.TEMPORARY_CARE).get(0);
        assertThat(care.getState()).isEqualTo("ESCORTED");
        assertThat(care.getRelatedCaseId()).isEqualTo(report.getId());
        assertThat(care.fact(CaseField.ESCORTED_TO)).isEqualTo("VILLAGE");

        // The reporter sees its own words for the child and the status, never the registry's record.
        assertThat(caseReports.filedBy(school)).filteredOn(r -> r.id() == report.getId()).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo("MANDATORY_REPORT.ACCEPTED");
                    assertThat(r.subject()).isEqualTo("某某");
                });
        assertThat(caseReports.filedBy(longshan)).isEmpty();
    }

    @Test
    void anUnidentifiedChildIsReportedByDescriptionAndPlace() {
        CaseFile report = caseReports.report(new MandatoryReports.ReportForm(null, "不知姓名的男孩", GUJIAO_VILLAGE,
                "约八岁，在集市独自乞讨", ReportSituation.ABANDONMENT, ReportSeverity.SERIOUS, null), school);
        assertThat(report.getChildId()).isNull();
        assertThat(report.getRegionCode()).isEqualTo(GUJIAO_VILLAGE);
        assertThat(report.getOwnerOrganisationId()).isEqualTo(org("police-522730101000"));
        assertThatThrownBy(() -> caseReports.report(new MandatoryReports.ReportForm("123", "", "x", "", null, null, null), school))
                .isInstanceOfSatisfying(CaseInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).contains("childName", "placeCode", "description", "situation",
                                "severity", "childIdNumber"));
    }

    @Test
    void overdueCasesComeFirstAndAreListedAsOverdue() {
        CaseFile c = caseReports.report(new MandatoryReports.ReportForm(null, "逾期测试", LONGSHAN_VILLAGE, "描述",
                ReportSituation.MISSING, ReportSeverity.URGENT, null), school);
        assertThat(caseInbox.list(new CaseInbox.CaseFilter(null, null, true), police)).extracting(CaseFile::getId)
                .doesNotContain(c.getId());
        // Three hours later (the clock of this context is the system's): the urgent report's two hours are up.
        jdbc.update("update case_file set opened_at = opened_at - interval '3 hours', due_at = due_at - interval "
                + "'3 hours' where id = ?", c.getId());
        assertThat(caseInbox.list(new CaseInbox.CaseFilter(null, null, true), police)).extracting(CaseFile::getId)
                .contains(c.getId());
        assertThat(cases.view(c.getId(), police).overdue()).isTrue();
        List<CaseFile> inbox = caseInbox.inbox(police).cases();
        assertThat(inbox).extracting(CaseFile::getId).contains(c.getId());
        assertThat(inbox.get(0).isOverdue(clock.instant())).isTrue();
        assertThat(caseInbox.inboxCount(police)).isGreaterThanOrEqualTo(inbox.size());
    }

    @Test
    void theCaseListIsTheScopesNewestFirstAndItsFiltersHold() {
        CaseFile earlier = caseReports.report(new MandatoryReports.ReportForm(null, "列表甲", LONGSHAN_VILLAGE, "描述",
                ReportSituation.MISSING, ReportSeverity.URGENT, null), school);
        CaseFile later = caseReports.report(new MandatoryReports.ReportForm(null, "列表乙", LONGSHAN_VILLAGE, "描述",
                ReportSituation.MISSING, ReportSeverity.URGENT, null), school);
        jdbc.update("update case_file set opened_at = opened_at - interval '1 minute' where id = ?", earlier.getId());
        for (SignedInUser actor : List.of(county, longshan, police)) {
            List<CaseFile> listed = caseInbox.list(new CaseInbox.CaseFilter(null, null, false), actor);
            assertThat(listed).as(actor.displayName()).hasSizeLessThanOrEqualTo(CaseInbox.LIST_LIMIT)
                    .isSortedAccordingTo(Comparator.comparing(CaseFile::getOpenedAt).reversed()
                            .thenComparing(Comparator.comparing(CaseFile::getId).reversed()));
            assertThat(listed).extracting(CaseFile::getId).as(actor.displayName())
                    .containsSubsequence(later.getId(), earlier.getId());
        }
        assertThat(caseInbox.list(new CaseInbox.CaseFilter(CaseType.MANDATORY_REPORT, true, false), county))
                .isNotEmpty().allMatch(c -> c.getType() == CaseType.MANDATORY_REPORT && !c.isClosed());
        assertThat(caseInbox.list(new CaseInbox.CaseFilter(null, null, false), gujiao)).extracting(CaseFile::getId)
                .doesNotContain(earlier.getId(), later.getId());
    }

    /**
     * A case waiting in two of the badge's arms (the county office's: no owning unit, and civil affairs' line) counts
     * once, below the cap and up to it.
     */
    @Test
    void aCaseInTwoOfTheBadgesArmsCountsOnceUpToTheCap() {
        CaseFile report = caseReports.report(new MandatoryReports.ReportForm(null, "两路测试", LONGSHAN_VILLAGE, "描述",
                ReportSituation.MISSING, ReportSeverity.URGENT, null), school);
        jdbc.execute("create table inbox_copy as select * from case_file where false");
        try {
            long before = caseInbox.inboxCount(county);
            // One short of the cap once each copy counts once; past it, had the copies counted twice.
            int copies = (int) (CaseInbox.INBOX_COUNT_CAP - 1 - before);
            assertThat(copies).isPositive();
            copyIntoBothArms(report, copies);
            assertThat(caseInbox.inboxCount(county)).isEqualTo(CaseInbox.INBOX_COUNT_CAP - 1)
                    .isEqualTo(allPages(county).size());
            copyIntoBothArms(report, 1);
            assertThat(caseInbox.inboxCount(county)).isEqualTo(CaseInbox.INBOX_COUNT_CAP);
            copyIntoBothArms(report, CaseInbox.INBOX_COUNT_CAP);
            assertThat(caseInbox.inboxCount(county)).isEqualTo(CaseInbox.INBOX_COUNT_CAP);
        } finally {
            jdbc.update("delete from case_file where subject_description = 'both arms'");
            jdbc.execute("drop table inbox_copy");
        }
    }

    /** {@code n} copies of an open case, owned by no unit and on civil affairs' line. */
    private void copyIntoBothArms(CaseFile open, int n) {
        jdbc.update("insert into inbox_copy select case_file.* from case_file, generate_series(1, ?) where id = ?", n,
                open.getId());
        jdbc.update("update inbox_copy set id = nextval('case_file_seq'), owner_organisation_id = null, "
                + "owner_department_type = 'CIVIL_AFFAIRS', subject_description = 'both arms'");
        jdbc.update("insert into case_file select * from inbox_copy");
        jdbc.update("delete from inbox_copy");
        inboxCounts.forget(); // written around JPA: the badge's counts kept would not know
    }

    @Test
    void theInboxBadgeCountsWhatTheInboxLists() {
        CaseFile report = caseReports.report(new MandatoryReports.ReportForm(null, "角标测试", LONGSHAN_VILLAGE, "描述",
                ReportSituation.MISSING, ReportSeverity.URGENT, null), school);
        for (SignedInUser actor : List.of(county, longshan, gujiao, police, edu)) {
            List<CaseFile> inbox = allPages(actor);
            assertThat(inbox).as(actor.displayName()).hasSizeLessThan(CaseInbox.INBOX_COUNT_CAP);
            assertThat(caseInbox.inboxCount(actor)).as(actor.displayName()).isEqualTo(inbox.size());
        }
        assertThat(allPages(police)).extracting(CaseFile::getId).contains(report.getId());
        assertThat(caseInbox.inboxCount(inspector)).isZero();
    }

    @Test
    void theInboxIsTheEarliestDueAcrossItsArmsMerged() {
        // The county police's inbox has three arms (its own cases, its stations', those referred to it), each
        // read in due order on its own. 130 cases of a station and 130 of its own, due in turn, all earlier
        // than anything else in the database: the inbox's pages are the 260 of them in due order, interleaved,
        // then the rest.
        CaseFile report = caseReports.report(new MandatoryReports.ReportForm(null, "合并测试", LONGSHAN_VILLAGE, "描述",
                ReportSituation.MISSING, ReportSeverity.URGENT, null), school);
        assertThat(report.getOwnerOrganisationId()).isEqualTo(org("police-522730100000"));
        // A scratch table, not a temporary one: each statement may come on another pooled connection.
        jdbc.execute("create table inbox_copy as select * from case_file where false");
        try {
            for (int owner = 0; owner < 2; owner++) {
                jdbc.update("insert into inbox_copy select case_file.* from case_file, generate_series(0, 129) "
                        + "where id = ?", report.getId());
                jdbc.update("update inbox_copy set id = nextval('case_file_seq'), owner_organisation_id = ?, "
                        + "due_at = timestamptz '2000-01-01' + (row_id * 2 + ?) * interval '1 minute' "
                        + "from (select ctid c, row_number() over () row_id from inbox_copy) n "
                        + "where inbox_copy.ctid = n.c", owner == 0 ? report.getOwnerOrganisationId()
                                : police.jurisdiction().organisationId(), owner);
                jdbc.update("insert into case_file select * from inbox_copy");
                jdbc.update("delete from inbox_copy");
            }
            List<Long> earliest = jdbc.queryForList("select id from case_file where due_at < '2001-01-01' "
                    + "order by due_at, id", Long.class);
            assertThat(jdbc.queryForObject("select count(distinct owner_organisation_id) from case_file where "
                    + "id in (" + earliest.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")",
                    Integer.class)).isEqualTo(2);
            CaseInbox.InboxPage first = caseInbox.inbox(police);
            assertThat(first.cases()).hasSize(CaseInbox.INBOX_PAGE);
            assertThat(first.nextCursor()).isNotNull();
            assertThat(allPages(police).subList(0, earliest.size())).extracting(CaseFile::getId)
                    .containsExactlyElementsOf(earliest);
            assertThat(caseInbox.inboxCount(police)).isEqualTo(CaseInbox.INBOX_COUNT_CAP);
            // A damaged cursor (typed or cut short in the address bar) starts again at the first page.
            assertThat(caseInbox.inbox(police, "2000-01-01T00:0").cases()).extracting(CaseFile::getId)
                    .isEqualTo(first.cases().stream().map(CaseFile::getId).toList());
        } finally {
            jdbc.update("delete from case_file where due_at < '2001-01-01'");
            jdbc.execute("drop table inbox_copy");
        }
    }

    @Test
    void registeringTheHukouGivesTheChildItsCheckedNumber() {
        ChildDetails d = ChildFixtures.child(name(), LONGSHAN_VILLAGE);
        d.setIdNumber(null);
        d.setHasHukou(false);
        Child child = children.register(d, true, longshan.jurisdiction());
        CaseFile c = open(child, CaseType.HUKOU).get(0);
        assertThat(c.getOwnerOrganisationId()).isEqualTo(org("ga"));
        c = cases.take(c.getId(), c.getVersion(), "verify", Map.of("verifyDate", "2026-11-20", "verifyFinding", "属实"),
                null, police);
        c = cases.take(c.getId(), c.getVersion(), "collectDocuments", Map.of("documents", "出生医学证明"), null, police);
        String good = ChildFixtures.idNumber(child.getDetails().getBirthDate(), Sex.FEMALE);
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        long version = c.getVersion();
        long id = c.getId();
        assertThatThrownBy(() -> cases.take(id, version, "register", Map.of("idNumber", badCheck, "registeredDate",
                "2026-11-22", "nonBiological", "false"), null, police))
                .isInstanceOfSatisfying(CaseInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactly("idNumber:id.CHECK_DIGIT"));
        String wrongSex = ChildFixtures.idNumber(child.getDetails().getBirthDate(), Sex.MALE);
        assertThatThrownBy(() -> cases.take(id, version, "register", Map.of("idNumber", wrongSex, "registeredDate",
                "2026-11-22", "nonBiological", "false"), null, police))
                .isInstanceOfSatisfying(CaseInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("idNumber"));
        assertThatThrownBy(() -> cases.take(id, version, "register", Map.of("idNumber", good, "registeredDate",
                "2026-11-22", "nonBiological", "true"), null, police))
                .isInstanceOfSatisfying(CaseInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactly("dnaSampled:case.error.dnaRequired"));
        c = cases.take(id, version, "register", Map.of("idNumber", good, "registeredDate", "2026-11-22",
                "nonBiological", "false"), null, police);
        assertThat(c.getState()).isEqualTo("REGISTERED");
        Child registered = children.get(child.getId(), longshan.jurisdiction());
        assertThat(registered.getDetails().getIdNumber()).isEqualTo(ResidentIdNumber.parse(good).value());
        assertThat(registered.getKeyTargets().flags()).isEmpty();
    }

    @Test
    void anActiveDelegationFillsTheGuardianAndItsEndWithoutAParentOpensGuardianship() {
        Child child = register(LONGSHAN_VILLAGE);
        CaseFile d = cases.open(CaseType.DELEGATION, child.getId(), "父母无法返乡", longshan);
        assertThat(d.getOwnerOrganisationId()).isEqualTo(org("office-522730100000"));
        assertThat(allPages(longshan)).extracting(CaseFile::getId).contains(d.getId());
        assertThatThrownBy(() -> cases.open(CaseType.DELEGATION, child.getId(), null, longshan))
                .isInstanceOfSatisfying(CaseRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.alreadyOpen"));
        d = cases.take(d.getId(), d.getVersion(), "propose", Map.of("delegateName", "杨奶奶", "delegateRelation", "祖母",
                "delegatePhone", "139 1234 5678"), null, longshan);
        d = cases.take(d.getId(), d.getVersion(), "assess", assessment("FAIL"), null, longshan);
        assertThat(d.getState()).isEqualTo("OPEN");
        d = cases.take(d.getId(), d.getVersion(), "propose", Map.of("delegateName", "王外婆", "delegateRelation", "外祖母"),
                null, longshan);
        // A new proposal replaces the old one whole: no phone given this time, none kept from the first.
        assertThat(d.fact(CaseField.DELEGATE_PHONE)).isNull();
        d = cases.take(d.getId(), d.getVersion(), "assess", assessment("FAIL"), null, longshan);
        d = cases.take(d.getId(), d.getVersion(), "propose", Map.of("delegateName", "杨奶奶", "delegateRelation", "祖母",
                "delegatePhone", "139-1234-5678"), null, longshan);
        d = cases.take(d.getId(), d.getVersion(), "assess", assessment("PASS"), null, longshan);
        d = cases.take(d.getId(), d.getVersion(), "sign", Map.of("entrustingParent", "BOTH", "termFrom", "2026-12-01",
                "termTo", "2027-11-30", "parentSignedDate", "2026-11-25", "delegateSignedDate", "2026-11-25"), null,
                longshan);
        assertThat(d.getState()).isEqualTo("ACTIVE");
        ChildDetails guarded = children.get(child.getId(), longshan.jurisdiction()).getDetails();
        assertThat(guarded.isDelegated()).isTrue();
        assertThat(guarded.isAgreementSigned()).isTrue();
        assertThat(guarded.getDelegate().getName()).isEqualTo("杨奶奶");
        assertThat(guarded.getDelegate().getPhone()).isEqualTo("13912345678");

        d = cases.take(d.getId(), d.getVersion(), "end", Map.of("endDate", "2027-03-01", "endReason", "DELEGATE_UNABLE"),
                null, longshan);
        ChildDetails after = children.get(child.getId(), longshan.jurisdiction()).getDetails();
        assertThat(after.isDelegated()).isFalse();
        assertThat(after.getGuardianKind()).isEqualTo(GuardianKind.NONE);
        assertThat(open(children.get(child.getId(), longshan.jurisdiction()), CaseType.GUARDIANSHIP)).singleElement()
                .satisfies(g -> assertThat(g.getOpenedFlag()).isEqualTo("UNATTENDED"));
    }

    @Test
    void aDelegateChosenFromTheEldersRosterIsRecordedOnceAndLinked() {
        Child child = register(LONGSHAN_VILLAGE);
        Elder grandma = elders.register(ElderFixtures.elder("老" + name(), LONGSHAN_VILLAGE), true,
                longshan.jurisdiction());
        CaseFile d = cases.open(CaseType.DELEGATION, child.getId(), null, longshan);
        assertThat(elders.delegateChoices(grandma.getName(), longshan.jurisdiction()))
                .extracting(DelegateCandidates.Choice::id).containsExactly(grandma.getId());
        assertThat(elders.delegateChoices(grandma.getName(), gujiao.jurisdiction())).isEmpty();
        long id = d.getId();
        long version = d.getVersion();
        assertThatThrownBy(() -> cases.take(id, version, "propose", Map.of("delegateElderId",
                String.valueOf(grandma.getId()), "delegateRelation", "祖母"), null, gujiao))
                .isInstanceOf(OutsideJurisdictionException.class);
        d = cases.take(id, version, "propose", Map.of("delegateElderId", String.valueOf(grandma.getId()),
                "delegateName", "别的名字", "delegateRelation", "祖母"), null, longshan);
        assertThat(d.fact(CaseField.DELEGATE_NAME)).isEqualTo(grandma.getName());
        assertThat(d.fact(CaseField.DELEGATE_ID_NUMBER)).isEqualTo(grandma.getDetails().getIdNumber());
        d = cases.take(d.getId(), d.getVersion(), "assess", assessment("PASS"), null, longshan);
        d = cases.take(d.getId(), d.getVersion(), "sign", Map.of("entrustingParent", "FATHER", "termFrom", "2026-12-01",
                "parentSignedDate", "2026-11-25", "delegateSignedDate", "2026-11-25"), null, longshan);
        assertThat(children.get(child.getId(), longshan.jurisdiction()).getDetails().getDelegate().getElderId())
                .isEqualTo(grandma.getId());
    }

    @Test
    void civilAffairsRefersASafetyNetCaseAndTheHealthBureauGrantsAMeasureThatShowsOnTheChild() {
        Child child = edit(register(LONGSHAN_VILLAGE), d -> {
            d.setHealth(Health.ILL);
            d.setIllness("白血病");
        });
        CaseFile c = open(child, CaseType.SAFETY_NET).get(0);
        assertThat(c.getOwnerOrganisationId()).isEqualTo(org("mz"));
        SignedInUser health = department("health", "wj");
        assertThatThrownBy(() -> cases.view(c.getId(), health)).isInstanceOf(OutsideJurisdictionException.class);
        // The county office is 民政's 留守办: it works what is routed to civil affairs.
        assertThat(allPages(county)).extracting(CaseFile::getId).contains(c.getId());
        CaseFile referred = cases.take(c.getId(), c.getVersion(), "refer", Map.of("referredTo", "HEALTH,DISABLED"),
                null, county);
        assertThat(allPages(health)).extracting(CaseFile::getId).contains(c.getId());
        assertThat(cases.view(c.getId(), health).steps()).extracting(Step::code).containsExactly("grant");
        assertThatThrownBy(() -> cases.view(c.getId(), edu)).isInstanceOf(OutsideJurisdictionException.class);
        cases.take(c.getId(), referred.getVersion(), "grant", Map.of("measure", "CRITICAL_ILLNESS_INSURANCE",
                "amount", "5000", "grantDate", "2026-11-22"), null, health);
        assertThat(caseInbox.measuresGranted(caseInbox.ofChild(child.getId(), longshan))).singleElement()
                .satisfies(a -> assertThat(a.getValues()).containsEntry("measure", "CRITICAL_ILLNESS_INSURANCE")
                        .containsEntry("amount", "5000"));
    }

    @Test
    void aDepartmentsOwnChildrenAreThoseOfEveryCaseInItsScopeClosedOnesToo() {
        // A station's report (the county police oversees its stations), a case referred to health, and a dropout
        // case that education has closed.
        Child reported = register(LONGSHAN_VILLAGE);
        caseReports.report(new MandatoryReports.ReportForm(reported.getDetails().getIdNumber(), "某某", LONGSHAN_VILLAGE,
                "孩子独自在家三天", ReportSituation.LIVING_ALONE, ReportSeverity.URGENT, null), school);
        Child ill = edit(register(GUJIAO_VILLAGE), d -> {
            d.setHealth(Health.ILL);
            d.setIllness("白血病");
        });
        CaseFile safetyNet = open(ill, CaseType.SAFETY_NET).get(0);
        cases.take(safetyNet.getId(), safetyNet.getVersion(), "refer", Map.of("referredTo", "HEALTH"), null, county);
        Child dropped = edit(register(LONGSHAN_VILLAGE), d -> d.setSchooling(Schooling.DROPPED_OUT));
        CaseFile dropout = open(dropped, CaseType.DROPOUT).get(0);
        dropout = cases.take(dropout.getId(), dropout.getVersion(), "verify", Map.of("verifyMethod", "VISIT",
                "verifyDate", "2026-11-20", "verifyFinding", "在家务农"), null, edu);
        dropout = cases.take(dropout.getId(), dropout.getVersion(), "persuade", Map.of("persuasionDate", "2026-11-21",
                "persuader", "班主任", "persuasionResult", "家长同意"), null, edu);
        dropout = cases.take(dropout.getId(), dropout.getVersion(), "backToSchool", Map.of("returnDate", "2026-11-22",
                "returnSchooling", "JUNIOR", "schoolName", "龙山中学", "grade", "初一"), null, edu);
        assertThat(dropout.isClosed()).isTrue();

        SignedInUser health = department("health", "wj");
        SignedInUser station = department("police", "police-522730100000"); // owns the report, oversees nothing
        List<CaseFile> everyCase = caseFiles.findAll();
        List<Long> everyChild = jdbc.queryForList("select id from child", Long.class);
        for (SignedInUser actor : List.of(police, station, edu, health, school)) {
            CaseScope scope = access.scope(actor);
            Set<Long> covered = everyCase.stream().filter(scope::covers).map(CaseFile::getChildId)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            // The whole set read by the scope's arms (an export's), each child asked apart (a reveal's) and the
            // scope's own test of a case agree.
            assertThat(disclosure.childrenOfOwnCases(actor)).as(actor.username()).isEqualTo(covered)
                    .isEqualTo(disclosure.childrenOfOwnCases(actor, everyChild));
        }
        assertThat(disclosure.childrenOfOwnCases(police)).contains(reported.getId()).doesNotContain(ill.getId());
        assertThat(disclosure.childrenOfOwnCases(station)).contains(reported.getId());
        assertThat(disclosure.childrenOfOwnCases(health)).contains(ill.getId()).doesNotContain(reported.getId());
        assertThat(disclosure.childrenOfOwnCases(edu)).contains(dropped.getId());
        assertThat(disclosure.childrenOfOwnCases(school)).isEmpty();
    }

    @Test
    void aStationThatOverseesNothingListsCountsAndRevealsItsOwnCases() {
        // A town's police station (派出所) owns its town's urgent reports; its case scope has no overseeing arm.
        Child reported = register(LONGSHAN_VILLAGE);
        CaseFile report = caseReports.report(new MandatoryReports.ReportForm(reported.getDetails().getIdNumber(), "某某",
                LONGSHAN_VILLAGE, "孩子独自在家三天", ReportSituation.LIVING_ALONE, ReportSeverity.URGENT, null), school);
        SignedInUser station = department("police", "police-522730100000");

        assertThat(allPages(station)).extracting(CaseFile::getId).contains(report.getId());
        assertThat(caseInbox.list(new CaseInbox.CaseFilter(null, true, false), station)).extracting(CaseFile::getId)
                .contains(report.getId());
        assertThat(caseFigures.openByType(station)).extracting(CaseFigures.TypeCount::type)
                .contains(CaseType.MANDATORY_REPORT);
        assertThat(disclosure.allowsFullNumbers(PersonType.CHILD, reported.getId(), station)).isTrue();
    }

    @Test
    void aGuardianshipOrderToDelegateOpensTheDelegationForTheTown() {
        Child child = edit(register(LONGSHAN_VILLAGE), x -> x.setGuardianKind(GuardianKind.NONE));
        CaseFile g = open(child, CaseType.GUARDIANSHIP).get(0);
        assertThat(g.getOwnerOrganisationId()).isEqualTo(org("ga"));
        g = cases.take(g.getId(), g.getVersion(), "contactParents", Map.of("contactDate", "2026-11-20",
                "parentsReached", "true"), null, police);
        g = cases.take(g.getId(), g.getVersion(), "intervene", Map.of("intervention", "ADMONISH",
                "interventionDate", "2026-11-20"), "训诫父亲", police);
        assertThat(g.getState()).isEqualTo("PARENTS_CONTACTED");
        g = cases.take(g.getId(), g.getVersion(), "orderParents", Map.of("order", "DELEGATE"), null, police);
        CaseFile delegation = open(child, CaseType.DELEGATION).get(0);
        assertThat(delegation.getOpenedBecause()).isEqualTo(OpenedBecause.ORDER_TO_DELEGATE);
        assertThat(delegation.getRelatedCaseId()).isEqualTo(g.getId());
        assertThat(allPages(longshan)).extracting(CaseFile::getId).contains(g.getId(), delegation.getId());
    }

    @Test
    void keyTargetsFromBeforeCaseworkGetTheirCasesOnceAfterTheUpgrade() {
        // A key target written straight into the database (a bulk load, or data from before casework): no case.
        Child child = register(LONGSHAN_VILLAGE);
        jdbc.update("update child set flag_no_hukou = true, key_target = true where id = ?", child.getId());
        assertThat(open(child, CaseType.HUKOU)).isEmpty();
        assertThat(jdbc.queryForObject("select done_at is not null from one_time_job where name = ?", Boolean.class,
                EarlierKeyTargetsJob.NAME)).isTrue(); // ran at this context's start
        jdbc.update("update one_time_job set done_at = null where name = ?", EarlierKeyTargetsJob.NAME);
        job.run(null);
        job.run(null);
        assertThat(open(child, CaseType.HUKOU)).hasSize(1);
    }

    private Map<String, String> assessment(String result) {
        return Map.of("assessHealth", "GOOD", "assessAge", "62", "assessEconomy", "FAIR", "assessWillingness", "WILLING",
                "assessResult", result, "assessor", "村主任", "assessDate", "2026-11-24");
    }

    private List<CaseFile> open(Child child, CaseType type) {
        return caseInbox.ofChild(child.getId(), county).stream().filter(c -> c.getType() == type && !c.isClosed()).toList();
    }

    private Child register(String village) {
        return children.register(ChildFixtures.child(name(), village), true, Jurisdiction.region(COUNTY_CODE));
    }

    private Child edit(Child child, Consumer<ChildDetails> change) {
        ChildDetails d = child.getDetails();
        change.accept(d);
        return children.update(child.getId(), child.getVersion(), d, Jurisdiction.region(COUNTY_CODE));
    }

    private SignedInUser department(String username, String orgCode) {
        long org = org(orgCode);
        return new SignedInUser(account(username), username, username, Role.DEPARTMENT,
                Jurisdiction.department(org, COUNTY_CODE));
    }

    private long org(String code) {
        return organisations.findByCode(code).orElseThrow().getId();
    }

    private Long account(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private int auditCount(String action, long caseId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and object_type = 'case' "
                + "and object_id = ?", Integer.class, action, String.valueOf(caseId));
    }

    private static String name() {
        return "案" + UUID.randomUUID().toString().substring(0, 5);
    }

    /** Every case of an inbox, page after page, each page read from the previous one's cursor. */
    private List<CaseFile> allPages(SignedInUser actor) {
        List<CaseFile> all = new ArrayList<>();
        CaseInbox.InboxPage page = caseInbox.inbox(actor);
        all.addAll(page.cases());
        while (page.nextCursor() != null) {
            page = caseInbox.inbox(actor, page.nextCursor());
            assertThat(page.cases()).isNotEmpty().hasSizeLessThanOrEqualTo(CaseInbox.INBOX_PAGE);
            all.addAll(page.cases());
        }
        return all;
    }
}
