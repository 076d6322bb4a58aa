package org.guanai.registry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.casework.MandatoryReports;
import org.guanai.registry.casework.ReportSeverity;
import org.guanai.registry.casework.ReportSituation;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.roster.RosterDownloads;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.MutableClock;
import org.guanai.registry.testsupport.TestTowns;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The report chain on real PostgreSQL: submit, verify, approve or return, snapshots, sums, downloads. */
@WebIntegrationTest
class ReportChainTest {

    static final RegionCode COUNTY = RegionCode.of("522730000000");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final WrittenReport WRITTEN = new WrittenReport("家庭监护、强制报告等五个责任均已落实。", List.of());

    @Autowired
    QuarterlyWorkbooks workbooks;
    @Autowired
    QuarterlyReportService chain;
    @Autowired
    ReportVerifications verifying;
    @Autowired
    ReportDownloads reportDownloads;
    @Autowired
    ChildService children;
    @Autowired
    RegionService regions;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    MandatoryReports caseReports;
    @Autowired
    MutableClock clock;

    Quarter quarter;
    SignedInUser county;
    SignedInUser edu;
    SignedInUser police;

    @BeforeEach
    void actors() {
        quarter = Quarter.of(chain.today());
        county = new SignedInUser(account("county"), "county", "县留守办", Role.COUNTY, Jurisdiction.region(COUNTY));
        edu = department("edu", "jy");
        police = department("police", "ga");
    }

    @Test
    void submittedVerifiedApprovedAndTheCountyRowIsTheSumOfTheApprovedTowns() throws Exception {
        RegionCode a = freshTown();
        RegionCode b = freshTown();
        child(a, Schooling.DROPPED_OUT);
        child(a, Schooling.PRIMARY);
        child(b, Schooling.PRIMARY);
        QuarterlyReport ra = workbooks.submit(a, quarter, "甲镇长", WRITTEN, clerk(a));
        QuarterlyReport rb = workbooks.submit(b, quarter, "乙镇长", WRITTEN, clerk(b));
        assertThat(ra.getFigures().get(Attachment3Column.LEFT_BEHIND_TOTAL)).isEqualTo(2);
        assertThat(ra.getFigures().get(Attachment3Column.DROPOUTS)).isEqualTo(1);
        assertThat(ra.getChildrenCount()).isEqualTo(2);

        // 教育 corrects its column beside the town's figure; 公安 confirms its own; neither touches the other's.
        Map<Attachment3Column, Integer> eduCheck = new EnumMap<>(Attachment3Column.class);
        eduCheck.put(Attachment3Column.DROPOUTS, 2);
        eduCheck.put(Attachment3Column.RETURNED_TO_SCHOOL, null);
        verifying.verify(ra.getId(), eduCheck, "学籍系统另有一人", edu);
        assertThatThrownBy(() -> verifying.verify(ra.getId(), Map.of(Attachment3Column.DROPOUTS, 0), null, police))
                .isInstanceOfSatisfying(ReportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.notYourColumn"));
        verifying.verify(ra.getId(), new HashMap<>(), null, police);
        assertThatThrownBy(() -> chain.approve(ra.getId(), ra.getVersion(), clerk(a)))
                .isInstanceOf(ReportRefusedException.class);
        chain.approve(ra.getId(), ra.getVersion(), county);
        assertThatThrownBy(() -> verifying.verify(ra.getId(), eduCheck, null, edu))
                .isInstanceOfSatisfying(ReportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.notWaiting"));

        QuarterlyReportService.TownLine la = chain.town(a, quarter, county);
        assertThat(la.latest().getFigures().get(Attachment3Column.DROPOUTS)).isEqualTo(1); // the town's figure stays
        assertThat(la.countedFigures().get(Attachment3Column.DROPOUTS)).isEqualTo(2);      // the county counts 教育's

        QuarterlyReportService.CountySheet sheet = chain.county(quarter, county);
        Attachment3Figures approvedSum = Attachment3Figures.sum(sheet.lines().stream()
                .filter(l -> l.status() == ReportStatus.APPROVED).map(QuarterlyReportService.TownLine::countedFigures)
                .toList());
        assertThat(sheet.total()).isEqualTo(approvedSum);
        assertThat(sheet.lines()).filteredOn(l -> l.town().getCode().equals(b.value())).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(ReportStatus.SUBMITTED));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbooks.county(quarter, county)))) {
            XSSFSheet s = wb.getSheet(Attachment3Form.SHEET);
            int total = -1;
            for (int r = 4; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r) != null && "合计".equals(s.getRow(r).getCell(0).getStringCellValue())) {
                    total = r;
                }
                if (s.getRow(r) != null && regions.nameOf(b.value()).equals(s.getRow(r).getCell(0).getStringCellValue())) {
                    assertThat(s.getRow(r).getCell(22).getStringCellValue()).contains("未审核通过");
                }
            }
            assertThat(total).isPositive();
            assertThat((int) s.getRow(total).getCell(1).getNumericCellValue())
                    .isEqualTo(approvedSum.get(Attachment3Column.LEFT_BEHIND_TOTAL));
            assertThat((int) s.getRow(total).getCell(Attachment3Column.DROPOUTS.ordinal() + 1).getNumericCellValue())
                    .isEqualTo(approvedSum.get(Attachment3Column.DROPOUTS));
        }
        // Returned, resubmitted: both revisions kept.
        chain.returnToTown(rb.getId(), rb.getVersion(), "请补充走访情况", county);
        assertThatThrownBy(() -> chain.returnToTown(rb.getId(), rb.getVersion() + 1, "", county))
                .isInstanceOf(ReportRefusedException.class);
        QuarterlyReport rb2 = workbooks.submit(b, quarter, "乙镇长", WRITTEN, clerk(b));
        assertThat(rb2.getRevision()).isEqualTo(2);
        assertThat(chain.revisions(b, quarter, county)).extracting(QuarterlyReport::getStatus)
                .containsExactly(ReportStatus.SUBMITTED, ReportStatus.RETURNED);
        assertThatThrownBy(() -> workbooks.submit(b, quarter, "乙镇长", WRITTEN, clerk(b)))
                .isInstanceOfSatisfying(ReportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.alreadySubmitted"));
    }

    @Test
    void theSubmittedReportStaysAsItWasWhenTheRegistryChanges() throws Exception {
        RegionCode a = freshTown();
        child(a, Schooling.PRIMARY);
        QuarterlyReport r = workbooks.submit(a, quarter, "甲镇长", WRITTEN, clerk(a));
        byte[] first = reportDownloads.workbook(r.getId(), county);
        child(a, Schooling.NOT_IN_SCHOOL);
        assertThat(reportDownloads.workbook(r.getId(), county)).isEqualTo(first);
        assertThat(chain.town(a, quarter, county).latest().getFigures().get(Attachment3Column.LEFT_BEHIND_TOTAL))
                .isEqualTo(1);
        assertThat(workbooks.preview(a, quarter, county).differences()).contains(Attachment3Column.LEFT_BEHIND_TOTAL,
                Attachment3Column.OUT_OF_SCHOOL);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(wb.getSheetAt(0).getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1);
            XSSFSheet roster = wb.getSheetAt(1);
            // The plan's titles: the province before attachments 4–7, attachment 3 as the plan names it.
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(Attachment3Form.TITLE);
            assertThat(roster.getRow(0).getCell(0).getStringCellValue()).isEqualTo("贵州省农村留守儿童花名册");
            assertThat(roster.getRow(1).getCell(0).getStringCellValue()).contains(regions.nameOf(a.value()) + "人民政府");
            XSSFSheet forms = wb.getSheetAt(2);
            assertThat(forms.getSheetName()).isEqualTo("附件5 登记表");
            assertThat(forms.getRow(0).getCell(0).getStringCellValue()).isEqualTo("贵州省农村留守儿童基本情况登记表");
            assertThat(wb.getSheetAt(3).getRow(0).getCell(0).getStringCellValue()).isEqualTo("贵州省农村留守老人花名册");
            assertThat(forms.getRowBreaks()).hasSize(1); // one child, one page
            assertThat(wb.getSheetAt(3).getSheetName()).isEqualTo("留守老人花名册");
            assertThat(wb.getSheetAt(4).getSheetName()).isEqualTo("附件7 登记表");
        }
        assertThatThrownBy(() -> workbooks.submit(a, quarter, " ", WRITTEN, clerk(a))).isInstanceOf(ReportRefusedException.class);
        assertThatThrownBy(() -> reportDownloads.workbook(r.getId(), clerk(freshTown())))
                .isInstanceOf(OutsideJurisdictionException.class);
    }

    @Test
    void aTownDownloadsOnlyItsOwnAndTheCountyWorkbookIsTheCountys() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        String town = "/reports/" + quarter + "/towns/522730100000";
        mvc.perform(get("/reports/" + quarter).session(longshan)).andExpect(status().is3xxRedirection());
        mvc.perform(get(town).session(longshan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"submit-form\"")))
                .andExpect(content().string(containsString("data-busy=\"正在生成…\""))) // one click, and it says so
                .andExpect(content().string(containsString("按实时数据，附件4花名册")));
        // Refused, the page comes back with what was typed and the reason at its field; the files are chosen again.
        int before = reportsOfLongshan();
        Document refused = Jsoup.parse(mvc.perform(post(town + "/submit").param("leaderName", "")
                .param("dutiesReport", "五个责任已落实，详见附件").with(csrf()).session(longshan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#dutiesReport").text()).isEqualTo("五个责任已落实，详见附件");
        assertThat(refused.select("#leaderName").hasClass("is-invalid")).isTrue();
        assertThat(refused.select("#leaderName + .invalid-feedback").text()).startsWith("请填写签字确认的主要负责同志姓名");
        refused = Jsoup.parse(mvc.perform(multipart(town + "/submit").file(new MockMultipartFile("files", "汇报.pdf",
                        "application/pdf", "MZ".getBytes(StandardCharsets.US_ASCII))).param("leaderName", "龙山镇长")
                .param("dutiesReport", "五个责任已落实，详见附件").with(csrf()).session(longshan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#dutiesReport").text()).isEqualTo("五个责任已落实，详见附件");
        assertThat(refused.select("#leaderName").val()).isEqualTo("龙山镇长");
        assertThat(refused.select("#files").hasClass("is-invalid")).isTrue();
        assertThat(refused.select("#files ~ .form-text").text()).contains("请重新选择");
        assertThat(reportsOfLongshan()).isEqualTo(before);
        mvc.perform(post(town + "/submit").param("leaderName", "龙山镇长").param("dutiesReport", "五个责任已落实").with(csrf()).session(longshan))
                .andExpect(flash().attribute("success", "report.chain.submitted"));
        mvc.perform(get(town + ".xlsx").session(longshan)).andExpect(status().isOk())
                .andExpect(content().contentType(RosterDownloads.XLSX));
        mvc.perform(post(town + "/verify").param("report", String.valueOf(jdbc.queryForObject(
                        "select max(id) from quarterly_report where region_code = '522730100000'", Long.class)))
                        .param("col.DROPOUTS", "99").param("note", "核实").with(csrf())
                        .session(login(mvc, "edu", DEMO_PASSWORD)))
                .andExpect(flash().attribute("success", "report.chain.verified"));
        children.register(ChildFixtures.child("报后" + UUID.randomUUID().toString().substring(0, 4), "522730100201"), true,
                Jurisdiction.region(RegionCode.of("522730100000")));
        mvc.perform(get(town).session(longshan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("实时数据与已报送报表不同")))
                .andExpect(content().string(containsString("核实：99")))
                .andExpect(content().string(containsString("龙山镇长")));
        MockHttpSession gujiao = login(mvc, "gujiao", DEMO_PASSWORD);
        int denied = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' "
                + "and object_type = 'quarterly_report'", Integer.class);
        mvc.perform(get(town + ".xlsx").session(gujiao)).andExpect(status().isNotFound());
        mvc.perform(get(town).session(gujiao)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' "
                + "and object_type = 'quarterly_report'", Integer.class)).isEqualTo(denied + 2);
        mvc.perform(get("/reports/" + quarter + "/county.xlsx").session(gujiao)).andExpect(status().isForbidden());
        mvc.perform(get(town + ".xlsx").session(login(mvc, "school1", DEMO_PASSWORD))).andExpect(status().isForbidden());
        MockHttpSession countySession = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(get("/reports/" + quarter).session(countySession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("龙山镇长")));
        mvc.perform(get("/reports/" + quarter + "/county.xlsx").session(countySession)).andExpect(status().isOk())
                .andExpect(content().contentType(RosterDownloads.XLSX));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' "
                + "and object_type = 'quarterly_report'", Integer.class)).isGreaterThanOrEqualTo(2);
        // The inspector reads the overview and the county workbook, and changes nothing.
        MockHttpSession inspector = login(mvc, "inspector", DEMO_PASSWORD);
        mvc.perform(get("/reports/" + quarter).session(inspector)).andExpect(status().isOk())
                .andExpect(content().string(containsString("谷脚镇")));
        mvc.perform(get("/reports/" + quarter + "/county.xlsx").session(inspector)).andExpect(status().isOk());
        mvc.perform(post(town + "/decide").param("report", "1").param("version", "0").param("decision", "approve")
                .with(csrf()).session(inspector)).andExpect(status().isForbidden());
        mvc.perform(post(town + "/decide").param("report", String.valueOf(jdbc.queryForObject(
                        "select max(id) from quarterly_report where region_code = '522730100000'", Long.class)))
                        .param("version", "0").param("decision", "approve").with(csrf())
                        .session(login(mvc, "edu", DEMO_PASSWORD)))
                .andExpect(flash().attribute("failure", "report.error.countyDecides"));
        // The county may not submit for a town.
        mvc.perform(post(town + "/submit").param("leaderName", "x").with(csrf()).session(countySession))
                .andExpect(model().attribute("failure", "report.error.townSubmits"))
                .andExpect(content().string(not(containsString("id=\"submit-form\""))));
    }

    /**
     * Events on the day before a submission, on its day after it, across a return and a resubmission and into the next
     * quarter: each counted by exactly one accepted report, and each report equal, cell by cell, to an independent
     * count of the database over its printed period.
     */
    @Test
    void everyEventIsCountedByExactlyOneReportAcrossReturnsAndQuarters() throws Exception {
        RegionCode x = freshTown();
        child(x, Schooling.PRIMARY);
        Duration moved = Duration.ZERO;
        try {
            Quarter q0 = Quarter.of(chain.today());
            event(x); // e1, day 0
            moved = moved.plus(advanceDays(1));
            event(x); // e2, day 1, before the submission
            QuarterlyReport r1 = workbooks.submit(x, q0, "甲镇长", WRITTEN, clerk(x));
            event(x); // e3, day 1, after it
            assertThat(r1.getPeriod()).isEqualTo(new ReportPeriod(q0.start(ZONE).toInstant(), startOfToday()));
            assertThat(r1.getFigures().get(Attachment3Column.MANDATORY_REPORTS)).isEqualTo(1);
            assertThat(r1.getFigures().values()).isEqualTo(IndependentCount.of(jdbc, x, r1.getPeriod()));
            chain.returnToTown(r1.getId(), r1.getVersion(), "请补充", county);

            moved = moved.plus(advanceDays(1));
            event(x); // e4, day 2, before the resubmission
            QuarterlyReport r2 = workbooks.submit(x, q0, "甲镇长", WRITTEN, clerk(x));
            assertThat(r2.getPeriod().from()).isEqualTo(r1.getPeriod().from());
            assertThat(r2.getFigures().get(Attachment3Column.MANDATORY_REPORTS)).isEqualTo(3); // e1, e2, e3
            assertThat(r2.getFigures().values()).isEqualTo(IndependentCount.of(jdbc, x, r2.getPeriod()));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(reportDownloads.workbook(r2.getId(), county)))) {
                assertThat(wb.getSheet(Attachment3Form.SHEET).getRow(1).getCell(7).getStringCellValue())
                        .contains("统计期：" + q0.firstDay() + " 至 " + chain.today().minusDays(1));
            }
            verifyBoth(r2);
            chain.approve(r2.getId(), r2.getVersion(), county);
            event(x); // e5, day 2, after the approval

            Quarter q1 = q0.next();
            moved = moved.plus(advanceDays(Math.max(1, ChronoUnit.DAYS.between(chain.today(), q1.firstDay()) + 1)));
            event(x); // e6, second day of the next quarter
            QuarterlyReport next = workbooks.submit(x, q1, "甲镇长", WRITTEN, clerk(x));
            assertThat(next.getPeriod().from()).isEqualTo(r2.getPeriod().to());
            assertThat(next.getFigures().get(Attachment3Column.MANDATORY_REPORTS)).isEqualTo(2); // e4, e5
            assertThat(next.getFigures().values()).isEqualTo(IndependentCount.of(jdbc, x, next.getPeriod()));
            // e6 waits for the report after: counted from this one's cut-off, not today (it is today's).
            verifyBoth(next);
            chain.approve(next.getId(), next.getVersion(), county);
            assertThat(chain.nextPeriod(x, q1.next()).from()).isEqualTo(next.getPeriod().to());
            assertThat(workbooks.generate(x, q1.next(), "甲镇长").figures().get(Attachment3Column.MANDATORY_REPORTS))
                    .isZero();
            assertThat(IndependentCount.of(jdbc, x, new ReportPeriod(next.getPeriod().to(), Instant.now().plus(
                    Duration.ofDays(400)))).get(Attachment3Column.MANDATORY_REPORTS)).isEqualTo(1);

            // A later quarter submitted first takes the earlier one's events: the earlier is refused after it.
            RegionCode y = freshTown();
            workbooks.submit(y, q1, "乙镇长", WRITTEN, clerk(y));
            assertThatThrownBy(() -> workbooks.submit(y, q0, "乙镇长", WRITTEN, clerk(y)))
                    .isInstanceOfSatisfying(ReportRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("report.error.laterSubmitted"));
            // An earlier report still waiting for the county holds the next one back.
            RegionCode z = freshTown();
            workbooks.submit(z, q0, "丙镇长", WRITTEN, clerk(z));
            assertThatThrownBy(() -> workbooks.submit(z, q1, "丙镇长", WRITTEN, clerk(z)))
                    .isInstanceOfSatisfying(ReportRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("report.error.earlierWaiting"));
            assertThatThrownBy(() -> workbooks.submit(z, q1.next(), "丙镇长", WRITTEN, clerk(z)))
                    .isInstanceOfSatisfying(ReportRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("report.error.notStarted"));
            // A report returned and never resubmitted leaves its events to the next one, which starts where it did.
            chain.returnToTown(chain.town(z, q0, county).latest().getId(), chain.town(z, q0, county).latest().getVersion(),
                    "请重报", county);
            assertThat(workbooks.submit(z, q1, "丙镇长", WRITTEN, clerk(z)).getPeriod().from())
                    .isEqualTo(q0.start(ZONE).toInstant());
        } finally {
            clock.advance(moved.negated()); // the clock is the whole test context's
        }
    }

    /** Approval waits for 教育 and 公安, or for the county's 代为确认 with a reason; overdue checks show. */
    @Test
    void approvalWaitsForBothDepartmentsOrTheCountysConfirmationOnTheirBehalf() {
        RegionCode a = freshTown();
        child(a, Schooling.PRIMARY);
        QuarterlyReport r = workbooks.submit(a, quarter, "甲镇长", WRITTEN, clerk(a));
        assertThatThrownBy(() -> chain.approve(r.getId(), r.getVersion(), county))
                .isInstanceOfSatisfying(ReportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.unverified"));
        verifying.verify(r.getId(), new HashMap<>(), null, edu);
        assertThatThrownBy(() -> chain.approve(r.getId(), r.getVersion(), county))
                .isInstanceOf(ReportRefusedException.class);
        assertThat(chain.town(a, quarter, county).unverifiedLines()).containsExactly(Attachment3Column.Verifier.POLICE);

        Duration late = advanceDays(10);
        try {
            assertThat(chain.town(a, quarter, county).overdueVerifiers())
                    .containsExactly(Attachment3Column.Verifier.POLICE);
        } finally {
            clock.advance(late.negated());
        }
        assertThatThrownBy(() -> verifying.confirmOnBehalf(r.getId(), Attachment3Column.Verifier.POLICE, " ", county))
                .isInstanceOfSatisfying(ReportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.onBehalfReason"));
        assertThatThrownBy(() -> verifying.confirmOnBehalf(r.getId(), Attachment3Column.Verifier.EDUCATION, "x", county))
                .isInstanceOfSatisfying(ReportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.alreadyVerified"));
        assertThatThrownBy(() -> verifying.confirmOnBehalf(r.getId(), Attachment3Column.Verifier.POLICE, "x", clerk(a)))
                .isInstanceOf(ReportRefusedException.class);
        verifying.confirmOnBehalf(r.getId(), Attachment3Column.Verifier.POLICE, "公安局逾期未核实，电话确认无误", county);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REPORT_VERIFIED' "
                + "and object_id = ? and detail like '%代为确认%'", Integer.class, r.getId().toString())).isEqualTo(1);
        assertThat(chain.town(a, quarter, county).verificationOf(Attachment3Column.Verifier.POLICE).isOnBehalf()).isTrue();
        QuarterlyReport approved = chain.approve(r.getId(), r.getVersion(), county);
        assertThat(approved.getStatus()).isEqualTo(ReportStatus.APPROVED);
    }

    /** Attachment 3 for any span of days, counted live by the same query; the county's and the inspector's. */
    @Test
    void theCountyCountsAnyPeriod() throws Exception {
        RegionCode a = freshTown();
        child(a, Schooling.DROPPED_OUT);
        event(a);
        LocalDate today = chain.today();
        QuarterlyReportService.RangeSheet sheet = chain.range(today.withDayOfYear(1), today, county);
        assertThat(sheet.of(a.value()).get(Attachment3Column.MANDATORY_REPORTS)).isEqualTo(1);
        assertThat(sheet.of(a.value()).get(Attachment3Column.DROPOUTS)).isEqualTo(1);
        assertThat(sheet.of(a.value()).values()).isEqualTo(IndependentCount.of(jdbc, a, sheet.period()));
        assertThat(chain.range(today.minusDays(1), today.minusDays(1), county).of(a.value())
                .get(Attachment3Column.MANDATORY_REPORTS)).isZero();
        assertThatThrownBy(() -> chain.range(today, today.minusDays(1), county))
                .isInstanceOfSatisfying(ReportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.range"));
        assertThatThrownBy(() -> chain.range(today, today.plusDays(1), county)).isInstanceOf(ReportRefusedException.class);
        assertThatThrownBy(() -> chain.range(today, today, clerk(a))).isInstanceOf(ReportRefusedException.class);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbooks.range(today.withDayOfYear(1), today,
                county)))) {
            XSSFSheet s = wb.getSheet(Attachment3Form.SHEET);
            assertThat(s.getRow(1).getCell(7).getStringCellValue()).contains("统计期：" + today.withDayOfYear(1));
        }
        MockHttpSession countySession = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(get("/reports/range.xlsx").param("from", "2026-09-01").param("to", "2026-08-01")
                .session(countySession)).andExpect(flash().attribute("failure", "report.error.range"));
    }

    /** The written report goes with its revision: text and files frozen, listed beside the tables, downloads audited. */
    @Test
    void theWrittenReportIsFrozenWithItsRevision() throws Exception {
        RegionCode a = freshTown();
        child(a, Schooling.PRIMARY);
        byte[] pdf = "%PDF-1.4 盖章扫描件".getBytes(StandardCharsets.UTF_8);
        QuarterlyReport r1 = workbooks.submit(a, quarter, "甲镇长", new WrittenReport("第一版汇报",
                List.of(new WrittenReport.File("C:\\材料\\汇报.pdf", pdf))), clerk(a));
        assertThat(r1.getDutiesReport()).isEqualTo("第一版汇报");
        List<ReportDownloads.ReportFile> files = reportDownloads.files(r1.getId(), county);
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("汇报.pdf");
            assertThat(f.contentType()).isEqualTo("application/pdf");
        });
        assertThat(reportDownloads.file(files.get(0).id(), edu).content()).isEqualTo(pdf); // 抄报 教育 and 公安
        assertThatThrownBy(() -> reportDownloads.file(files.get(0).id(), clerk(freshTown())))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and object_id = ? "
                + "and detail like 'written report file%'", Integer.class, r1.getId().toString())).isEqualTo(1);

        chain.returnToTown(r1.getId(), r1.getVersion(), "请补充强制报告情况", county);
        assertThatThrownBy(() -> workbooks.submit(a, quarter, "甲镇长", new WrittenReport("第二版", List.of(
                new WrittenReport.File("汇报.pdf", "MZ".getBytes(StandardCharsets.US_ASCII)))), clerk(a)))
                .isInstanceOfSatisfying(ReportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.fileType"));
        QuarterlyReport r2 = workbooks.submit(a, quarter, "甲镇长", new WrittenReport("第二版汇报", List.of()), clerk(a));
        assertThat(reportDownloads.files(r2.getId(), county)).isEmpty();
        assertThat(reportDownloads.files(r1.getId(), county)).hasSize(1); // the first revision keeps its own
        assertThat(chain.revisions(a, quarter, county)).extracting(QuarterlyReport::getDutiesReport)
                .containsExactly("第二版汇报", "第一版汇报");
        MockHttpSession countySession = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(get("/reports/" + quarter + "/towns/" + a.value()).session(countySession))
                .andExpect(content().string(containsString("第二版汇报")));
    }

    private void event(RegionCode town) {
        caseReports.report(new MandatoryReports.ReportForm(null, "不知名", TestTowns.village(town), "独自在家",
                ReportSituation.LIVING_ALONE, ReportSeverity.SERIOUS, null), county);
    }

    private void verifyBoth(QuarterlyReport r) {
        verifying.verify(r.getId(), new HashMap<>(), null, edu);
        verifying.verify(r.getId(), new HashMap<>(), null, police);
    }

    private Duration advanceDays(long days) {
        Duration d = Duration.ofDays(days);
        clock.advance(d);
        return d;
    }

    private Instant startOfToday() {
        return chain.today().atStartOfDay(ZONE).toInstant();
    }

    private RegionCode freshTown() {
        return TestTowns.create(regions);
    }

    private void child(RegionCode town, Schooling schooling) {
        ChildDetails d = ChildFixtures.child("报" + UUID.randomUUID().toString().substring(0, 5), TestTowns.village(town));
        d.setSchooling(schooling);
        children.register(d, true, Jurisdiction.region(town));
    }

    private SignedInUser clerk(RegionCode town) {
        return new SignedInUser(null, "clerk", "镇工作人员", Role.TOWN, Jurisdiction.region(town));
    }

    private SignedInUser department(String username, String orgCode) {
        return new SignedInUser(account(username), username, username, Role.DEPARTMENT,
                Jurisdiction.department(organisations.findByCode(orgCode).orElseThrow().getId(), COUNTY));
    }

    private Long account(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private int reportsOfLongshan() {
        return jdbc.queryForObject("select count(*) from quarterly_report where region_code = '522730100000' "
                + "and quarter = ?", Integer.class, quarter.toString());
    }
}
