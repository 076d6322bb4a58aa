package org.guanai.registry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.account.Role;
import org.guanai.registry.casework.CaseActor;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.TestTowns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The report chain on real PostgreSQL: submit, verify, approve or return, snapshots, sums, downloads. */
@WebIntegrationTest
class ReportChainTest {

    static final RegionCode COUNTY = RegionCode.of("522730000000");

    @Autowired
    QuarterlyWorkbooks workbooks;
    @Autowired
    QuarterlyReportService chain;
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

    Quarter quarter;
    CaseActor county;
    CaseActor edu;
    CaseActor police;

    @BeforeEach
    void actors() {
        quarter = Quarter.of(chain.today());
        county = new CaseActor(account("county"), "county", "县留守办", Role.COUNTY, Jurisdiction.region(COUNTY));
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
        QuarterlyReport ra = workbooks.submit(a, quarter, "甲镇长", clerk(a));
        QuarterlyReport rb = workbooks.submit(b, quarter, "乙镇长", clerk(b));
        assertThat(ra.getFigures().get(Attachment3Column.LEFT_BEHIND_TOTAL)).isEqualTo(2);
        assertThat(ra.getFigures().get(Attachment3Column.DROPOUTS)).isEqualTo(1);
        assertThat(ra.getChildrenCount()).isEqualTo(2);

        // 教育 corrects its column beside the town's figure; 公安 confirms its own; neither touches the other's.
        Map<Attachment3Column, Integer> eduCheck = new EnumMap<>(Attachment3Column.class);
        eduCheck.put(Attachment3Column.DROPOUTS, 2);
        eduCheck.put(Attachment3Column.RETURNED_TO_SCHOOL, null);
        chain.verify(ra.getId(), eduCheck, "学籍系统另有一人", edu);
        assertThatThrownBy(() -> chain.verify(ra.getId(), Map.of(Attachment3Column.DROPOUTS, 0), null, police))
                .isInstanceOfSatisfying(ReportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.notYourColumn"));
        chain.verify(ra.getId(), new HashMap<>(), null, police);
        assertThatThrownBy(() -> chain.approve(ra.getId(), ra.getVersion(), clerk(a)))
                .isInstanceOf(ReportRefusedException.class);
        chain.approve(ra.getId(), ra.getVersion(), county);
        assertThatThrownBy(() -> chain.verify(ra.getId(), eduCheck, null, edu))
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
        QuarterlyReport rb2 = workbooks.submit(b, quarter, "乙镇长", clerk(b));
        assertThat(rb2.getRevision()).isEqualTo(2);
        assertThat(chain.revisions(b, quarter, county)).extracting(QuarterlyReport::getStatus)
                .containsExactly(ReportStatus.SUBMITTED, ReportStatus.RETURNED);
        assertThatThrownBy(() -> workbooks.submit(b, quarter, "乙镇长", clerk(b)))
                .isInstanceOfSatisfying(ReportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.alreadySubmitted"));
    }

    @Test
    void theSubmittedReportStaysAsItWasWhenTheRegistryChanges() throws Exception {
        RegionCode a = freshTown();
        child(a, Schooling.PRIMARY);
        QuarterlyReport r = workbooks.submit(a, quarter, "甲镇长", clerk(a));
        byte[] first = chain.workbook(r.getId(), county);
        child(a, Schooling.NOT_IN_SCHOOL);
        assertThat(chain.workbook(r.getId(), county)).isEqualTo(first);
        assertThat(chain.town(a, quarter, county).latest().getFigures().get(Attachment3Column.LEFT_BEHIND_TOTAL))
                .isEqualTo(1);
        assertThat(workbooks.preview(a, quarter, county).differences()).contains(Attachment3Column.LEFT_BEHIND_TOTAL,
                Attachment3Column.OUT_OF_SCHOOL);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(wb.getSheetAt(0).getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1);
            XSSFSheet roster = wb.getSheetAt(1);
            assertThat(roster.getRow(0).getCell(0).getStringCellValue()).endsWith("农村留守儿童花名册");
            XSSFSheet forms = wb.getSheetAt(2);
            assertThat(forms.getSheetName()).isEqualTo("附件5 登记表");
            assertThat(forms.getRow(0).getCell(0).getStringCellValue()).endsWith("农村留守儿童基本情况登记表");
            assertThat(forms.getRowBreaks()).hasSize(1); // one child, one page
            assertThat(wb.getSheetAt(3).getSheetName()).isEqualTo("留守老人花名册");
            assertThat(wb.getSheetAt(4).getSheetName()).isEqualTo("附件7 登记表");
        }
        assertThatThrownBy(() -> workbooks.submit(a, quarter, " ", clerk(a))).isInstanceOf(ReportRefusedException.class);
        assertThatThrownBy(() -> chain.workbook(r.getId(), clerk(freshTown())))
                .isInstanceOf(OutsideJurisdictionException.class);
    }

    @Test
    void aTownDownloadsOnlyItsOwnAndTheCountyWorkbookIsTheCountys() throws Exception {
        MockHttpSession longshan = login(mvc, "longshan", DEMO_PASSWORD);
        String town = "/reports/" + quarter + "/towns/522730100000";
        mvc.perform(get("/reports/" + quarter).session(longshan)).andExpect(status().is3xxRedirection());
        mvc.perform(get(town).session(longshan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"submit-form\"")))
                .andExpect(content().string(containsString("按实时数据，附件4花名册")));
        mvc.perform(post(town + "/submit").param("leaderName", "").with(csrf()).session(longshan))
                .andExpect(flash().attribute("failure", "report.error.leader"));
        mvc.perform(post(town + "/submit").param("leaderName", "龙山镇长").with(csrf()).session(longshan))
                .andExpect(flash().attribute("success", "report.chain.submitted"));
        mvc.perform(get(town + ".xlsx").session(longshan)).andExpect(status().isOk())
                .andExpect(content().contentType(org.guanai.registry.roster.RosterDownloads.XLSX));
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
                .andExpect(content().contentType(org.guanai.registry.roster.RosterDownloads.XLSX));
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
                .andExpect(flash().attribute("failure", "report.error.townSubmits"));
    }

    private RegionCode freshTown() {
        return TestTowns.create(regions);
    }

    private void child(RegionCode town, Schooling schooling) {
        ChildDetails d = ChildFixtures.child("报" + UUID.randomUUID().toString().substring(0, 5), TestTowns.village(town));
        d.setSchooling(schooling);
        children.register(d, true, Jurisdiction.region(town));
    }

    private CaseActor clerk(RegionCode town) {
        return new CaseActor(null, "clerk", "镇工作人员", Role.TOWN, Jurisdiction.region(town));
    }

    private CaseActor department(String username, String orgCode) {
        return new CaseActor(account(username), username, username, Role.DEPARTMENT,
                Jurisdiction.department(organisations.findByCode(orgCode).orElseThrow().getId(), COUNTY));
    }

    private Long account(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }
}
