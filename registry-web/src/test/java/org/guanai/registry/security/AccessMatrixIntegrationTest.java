package org.guanai.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.account.AccountForm;
import org.guanai.registry.account.AccountService;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.care.CarePhotos;
import org.guanai.registry.care.Pairings;
import org.guanai.registry.casework.CaseFile;
import org.guanai.registry.casework.CaseService;
import org.guanai.registry.casework.CaseType;
import org.guanai.registry.casework.MandatoryReports;
import org.guanai.registry.casework.ReportSeverity;
import org.guanai.registry.casework.ReportSituation;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.Elder;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.Masks;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.report.QuarterlyWorkbooks;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.supervision.Inspections;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.ElderFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every role against every endpoint family: read, change, download and export, for a person of the user's own village,
 * of another village of its town and of another town. The table is the access policy as the server enforces it; a row
 * per endpoint family, a column per role (docs/security.md, "Access"). Files are opened and checked for whose rows
 * they hold and whether numbers show in full: a file never shows more than its user's screen.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTest {

    /** The columns of the table: one demo account per role (and a second town, for "another jurisdiction"). */
    static final List<String> USERS = List.of("admin", "auditor", "county", "longshan", "gujiao", "zhongba", "police",
            "school1", "inspector", "paichusuo");

    static final String ZHONGBA = "522730100201";
    static final String CAOYUAN = "522730100202";
    static final String GUJIAO_VILLAGE = "522730101201";
    static final String LONGSHAN = "522730100000";
    /** A quarter no other test submits for 龙山镇. */
    static final String QUARTER = "2024-Q4";

    /**
     * family | request | admin auditor county longshan gujiao zhongba police school1 inspector paichusuo (龙山镇's
     * police station, a department that oversees nothing). {@code {A}} is a child of 中坝村 (龙山镇) with an open
     * guardianship case of the county police ({@code {caseA}}), {@code {B}} a child of another village of 龙山镇, {@code
     * {C}} a child of 谷脚镇, {@code {D}} a child of that other village with an urgent report that 龙山镇's police station
     * works ({@code {caseD}}), {@code {caseB}} an assessed delegation of B (its papers print for the town and the county
     * office only: they hold every number in full); {@code {E1}} / {@code {E2}} elders of 中坝村 / 谷脚镇. The exits
     * and the case steps are sent without a reason or with a stale version: refused with a message, nothing changes;
     * opening B's health check opens it once, and refuses it as already open afterwards (a redirect either way). A
     * POST reveal is sent as htmx (200 with the numbers); other POSTs answer with a redirect (302) when done (the
     * transfer is sent without a village: the county office's is refused with a message, nothing moves); a form sent
     * empty that shows itself again with its reasons answers 200 (training, publicity, an inspection, a follow-up and
     * its closing, a task added or changed, a "456" item's correction).
     * {@code {caseE}} is an elder abuse case of E1, with 龙山镇's police station (the county police oversees its stations).
     */
    static final String TABLE = """
            home                | GET  /                                       | 200 200 200 200 200 200 200 200 200 200
            children list       | GET  /children                               | 403 403 200 200 200 200 200 403 200 200
            child, own village  | GET  /children/{A}                           | 403 403 200 200 404 200 200 403 200 200
            child, other village| GET  /children/{B}                           | 403 403 200 200 404 404 200 403 200 200
            child, other town   | GET  /children/{C}                           | 403 403 200 404 200 404 200 403 200 404
            child history       | GET  /children/{A}/history                   | 403 403 200 200 404 200 200 403 200 200
            child edit form     | GET  /children/{A}/edit                      | 403 403 200 200 404 200 403 403 403 403
            child edit, other   | GET  /children/{B}/edit                      | 403 403 200 200 404 404 403 403 403 403
            child visit         | POST /children/{A}/visits                    | 403 403 302 302 404 302 403 403 403 403
            child visit, other  | POST /children/{B}/visits                    | 403 403 302 302 404 404 403 403 403 403
            child reveal        | POST /children/{A}/reveal                    | 403 403 200 200 404 200 200 403 403 403
            child reveal, other | POST /children/{B}/reveal                    | 403 403 200 200 404 404 403 403 403 403
            child transfer      | POST /children/{B}/transfer                  | 403 403 302 403 403 403 403 403 403 403
            transfers           | GET  /transfers                              | 403 403 200 200 200 200 403 403 403 403
            children export     | GET  /children/roster.xlsx?q={prefix}        | 403 403 200 200 200 200 200 403 200 200
            id check (forms)    | GET  /people/id-check?idNumber=1             | 403 403 200 200 200 200 403 403 403 403
            elders list         | GET  /elderly                                | 403 403 200 200 200 200 200 403 200 200
            elder, own village  | GET  /elderly/{E1}                           | 403 403 200 200 404 200 200 403 200 200
            elder, other town   | GET  /elderly/{E2}                           | 403 403 200 404 200 404 200 403 200 404
            elder edit form     | GET  /elderly/{E1}/edit                      | 403 403 200 200 404 200 403 403 403 403
            elder reveal        | POST /elderly/{E1}/reveal                    | 403 403 200 200 404 200 403 403 403 403
            delegate search     | GET  /elderly/delegate-choices?q={prefix}    | 403 403 200 200 200 200 403 403 403 403
            elders export       | GET  /elderly/roster.xlsx?q={prefix}         | 403 403 200 200 200 200 403 403 200 403
            elder's case        | GET  /cases/{caseE}                          | 403 403 200 200 404 200 200 403 200 200
            open elder's case   | POST /elderly/{E1}/cases?type=HEALTH_CHECK   | 403 403 302 302 404 302 403 403 403 403
            inbox               | GET  /inbox                                  | 403 403 200 200 200 200 200 403 403 200
            cases list          | GET  /cases                                  | 403 403 200 200 200 200 200 403 200 200
            case                | GET  /cases/{caseA}                          | 403 403 200 200 404 200 200 403 200 404
            station's case      | GET  /cases/{caseD}                          | 403 403 200 200 404 404 200 403 200 200
            station's child reveal | POST /children/{D}/reveal                 | 403 403 200 200 404 404 200 403 403 200
            case step           | POST /cases/{caseA}/steps/cancel?version=99  | 403 403 302 302 404 302 302 403 403 404
            station's case step | POST /cases/{caseD}/steps/cancel?version=99  | 403 403 302 302 404 404 302 403 403 302
            delegation papers   | GET  /cases/{caseB}/documents/CONFIRMATION   | 403 403 200 200 404 404 404 403 400 404
            open child's case   | POST /children/{B}/cases?type=HEALTH_CHECK   | 403 403 302 302 404 404 302 403 403 302
            child exit          | POST /children/{B}/exit                      | 403 403 302 302 404 404 403 403 403 403
            child restore       | POST /children/{B}/restore                   | 403 403 302 302 404 404 403 403 403 403
            elder exit, other town | POST /elderly/{E2}/exit                   | 403 403 302 404 302 404 403 403 403 403
            mandatory report    | GET  /mandatory-reports/new                  | 403 403 200 200 200 200 200 200 403 200
            my reports          | GET  /mandatory-reports/mine                 | 403 403 200 200 200 200 200 200 403 200
            reports             | GET  /reports/{quarter}                      | 403 403 200 302 302 403 200 403 200 200
            town report         | GET  /reports/{quarter}/towns/{longshan}     | 403 403 200 200 404 403 200 403 200 200
            town workbook       | GET  /reports/{quarter}/towns/{longshan}.xlsx| 403 403 200 200 404 403 200 403 200 200
            county workbook     | GET  /reports/{quarter}/county.xlsx          | 403 403 200 403 403 403 403 403 200 403
            report file         | GET  /reports/{quarter}/towns/{longshan}/files/{reportFile} | 403 403 200 200 404 403 200 403 200 200
            any-period sheet    | GET  /reports/range.xlsx?from=2026-01-01&to=2026-08-31 | 403 403 200 403 403 403 403 403 200 403
            confirm on behalf   | POST /reports/{quarter}/towns/{longshan}/confirm?report={report}&line=POLICE&reason=x | 403 403 302 403 403 403 403 403 403 403
            tasks               | GET  /tasks                                  | 403 403 200 200 200 403 200 403 200 200
            task report         | POST /tasks/{T}/report                       | 403 403 403 302 302 403 302 403 403 302
            pattern             | GET  /pattern                                | 403 403 200 200 200 200 200 403 200 200
            committees          | GET  /committees/leading-group               | 403 403 200 200 200 403 200 403 200 200
            committee member add| POST /committees/leading-group/members       | 403 403 200 403 403 403 403 403 403 403
            supervision         | GET  /supervision                            | 403 403 200 403 403 403 403 403 200 403
            supervision export  | GET  /supervision.xlsx                       | 403 403 200 403 403 403 403 403 200 403
            case routes         | GET  /casework/routes                        | 403 403 200 403 403 403 403 403 200 403
            imports             | GET  /imports                                | 403 403 200 200 200 403 403 403 403 403
            import template     | GET  /imports/templates/children.xlsx        | 403 403 200 200 200 403 403 403 403 403
            audit trail         | GET  /audit                                  | 403 200 200 403 403 403 403 403 403 403
            accounts            | GET  /admin/accounts                         | 200 403 403 403 403 403 403 403 403 403
            reset second factor | POST /admin/accounts/{spare}/reset-second-factor | 302 403 403 403 403 403 403 403 403 403
            own second factor   | GET  /account/second-factor                  | 200 200 200 200 200 200 200 200 200 200
            password page       | GET  /account/password                       | 200 200 200 200 200 200 200 200 200 200
            account scope choices | GET /admin/accounts/scope-choices?county=522730000000 | 200 403 403 403 403 403 403 403 403 403
            regions             | GET  /admin/regions                          | 200 403 403 403 403 403 403 403 403 403
            organisations       | GET  /admin/organisations?county=220623000000 | 200 403 403 403 403 403 403 403 403 403
            actuator            | GET  /actuator/metrics                       | 200 403 403 403 403 403 403 403 403 403
            care places         | GET  /care/places                            | 403 403 200 200 200 200 403 403 200 403
            place, own village  | GET  /care/places/{P}                        | 403 403 200 200 404 200 403 403 200 403
            place, other town   | GET  /care/places/{P2}                       | 403 403 200 404 200 404 403 403 200 403
            place edit form     | GET  /care/places/{P}/edit                   | 403 403 200 200 404 200 403 403 403 403
            place photo upload  | POST /care/places/{P}/photos                 | 403 403 302 302 404 302 403 403 403 403
            place photo         | GET  /care/photos/{PH}                       | 403 403 200 200 404 200 403 403 200 403
            carers              | GET  /care/carers                            | 403 403 200 200 200 200 403 403 200 403
            carer               | GET  /care/carers/{CR}                       | 403 403 200 200 404 200 403 403 200 403
            activities          | GET  /care/activities                        | 403 403 200 200 200 200 403 403 200 403
            activity            | GET  /care/activities/{ACT}                  | 403 403 200 200 404 200 403 403 200 403
            activity form       | GET  /care/activities/new                    | 403 403 200 200 200 200 403 403 403 403
            participant search  | GET  /care/people-search?q={prefix}          | 403 403 200 200 200 200 403 403 403 403
            key targets unpaired| GET  /care/unattended                        | 403 403 200 200 200 200 403 403 200 403
            visit plan          | GET  /care/visit-plan                        | 403 403 200 200 200 200 403 403 200 403
            set visit plan      | POST /care/visit-plan?keyTargetMonths=1&otherMonths=3 | 403 403 302 403 403 403 403 403 403 403
            my people           | GET  /my/people                              | 403 403 200 200 200 200 403 403 403 403
            child's 包保         | POST /children/{A}/responsible               | 403 403 302 302 404 302 403 403 403 403
            elder's 包保         | POST /elderly/{E1}/responsible               | 403 403 302 302 404 302 403 403 403 403
            child pairing       | POST /children/{A}/pairings?carer={CR}&startsOn=2026-11-01 | 403 403 302 302 404 302 403 403 403 403
            pairing contact     | POST /care/pairings/{PR}/contacts            | 403 403 302 302 404 302 403 403 403 403
            care figures        | GET  /care/figures                           | 403 403 200 200 200 200 403 403 200 403
            care workbook       | GET  /care/figures/2026-Q4/towns/{longshan}.xlsx | 403 403 200 200 404 403 403 403 200 403
            police filing       | POST /children/{A}/police-filing?filedOn=2026-11-01&station=龙山派出所 | 403 403 302 302 404 302 403 403 403 403
            plan                | GET  /plan                                   | 403 403 200 200 200 200 200 403 200 200
            plan text           | GET  /plan/longli-2017/source                | 403 403 200 200 200 200 200 403 200 200
            adopt a plan        | POST /plan/adopt?planId=longli-2017          | 403 403 302 403 403 403 403 403 403 403
            456 of a village    | GET  /pattern/{zhongba}                      | 403 403 200 200 404 200 200 403 200 200
            456 item form       | GET  /pattern/items/{ITEM}                   | 403 403 200 403 403 403 403 403 403 403
            456 item change     | POST /pattern/items/{ITEM}?version=99&title=x&lead=CIVIL_AFFAIRS | 403 403 200 403 403 403 403 403 403 403
            task archive        | POST /tasks/{T}/archive?version=99           | 403 403 302 403 403 403 403 403 403 403
            task add (empty)    | POST /tasks                                  | 403 403 200 403 403 403 403 403 403 403
            task change         | POST /tasks/{T}?version=99&title=x&lead=CIVIL_AFFAIRS&dueOn=2026-12-31 | 403 403 200 403 403 403 403 403 403 403
            inspections         | GET  /supervision/inspections                | 403 403 200 403 403 403 403 403 200 403
            inspection          | GET  /supervision/inspections/{INS}          | 403 403 200 403 403 403 403 403 200 403
            record inspection   | POST /supervision/inspections                | 403 403 200 403 403 403 403 403 200 403
            add follow-up       | POST /supervision/inspections/{INS}/follow-ups | 403 403 200 403 403 403 403 403 200 403
            close follow-up     | POST /supervision/follow-ups/{FU}/close?version=99&inspection={INS} | 403 403 200 403 403 403 403 403 200 403
            assessment          | GET  /supervision/assessment                 | 403 403 200 403 403 403 403 403 200 403
            record scores       | POST /supervision/assessment?year=2026       | 403 403 302 403 403 403 403 403 302 403
            training            | GET  /training                               | 403 403 200 200 200 403 200 403 200 200
            record training     | POST /training/sessions                      | 403 403 200 200 200 403 200 403 403 200
            record publicity    | POST /training/publicity                     | 403 403 200 200 200 403 200 403 403 200
            """;

    /** The two demo counties apart: Longli's office and inspector, Changbai's office and town. */
    static final List<String> COUNTY_USERS = List.of("county", "inspector", "cbcounty", "cbtown");

    /**
     * family | request | county inspector cbcounty cbtown: nobody reads, changes or exports the other county's people or
     * records, even by typing its addresses. {@code {CB}} is a child of 长白镇, {@code {CBINS}} / {@code {CBFU}}
     * Changbai's inspection and follow-up, {@code {CBT}} a task of Changbai's plan, {@code {cbvillage}} a village of
     * 长白镇.
     */
    static final String COUNTIES = """
            Longli child        | GET  /children/{A}                           | 200 200 404 404
            Changbai child      | GET  /children/{CB}                          | 404 404 200 200
            Changbai child edit | POST /children/{CB}/visits                   | 404 403 302 302
            Changbai reveal     | POST /children/{CB}/reveal                   | 404 403 200 200
            Longli inspection   | GET  /supervision/inspections/{INS}          | 200 200 404 403
            Changbai inspection | GET  /supervision/inspections/{CBINS}        | 404 404 200 403
            Changbai follow-up  | POST /supervision/inspections/{CBINS}/follow-ups | 404 404 200 403
            close Changbai's    | POST /supervision/follow-ups/{CBFU}/close?version=99&inspection={CBINS} | 404 404 200 403
            Longli task edit    | GET  /tasks/{T}/edit                         | 200 403 404 403
            Changbai task edit  | GET  /tasks/{CBT}/edit                       | 404 403 200 403
            Changbai task change| POST /tasks/{CBT}?version=99&title=x&lead=CIVIL_AFFAIRS&dueOn=2026-12-31 | 404 403 200 403
            Changbai village 456| GET  /pattern/{cbvillage}                    | 404 404 200 200
            Longli 456 item     | GET  /pattern/items/{ITEM}                   | 200 403 404 403
            Longli 456 change   | POST /pattern/items/{ITEM}?version=99&title=x&lead=CIVIL_AFFAIRS | 200 403 404 403
            Longli village 456  | GET  /pattern/{zhongba}                      | 200 200 404 404
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    ChildService children;
    @Autowired
    ElderService elders;
    @Autowired
    RegionService regions;
    @Autowired
    CaseService cases;
    @Autowired
    MandatoryReports mandatoryReports;
    @Autowired
    QuarterlyWorkbooks workbooks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accountService;
    @Autowired
    CarePhotos photos;
    @Autowired
    Pairings pairings;
    @Autowired
    Inspections inspections;

    final Map<String, String> ids = new HashMap<>();
    final Map<String, MockHttpSession> sessions = new LinkedHashMap<>();
    Child childA;
    Child childB;
    Child childC;
    Child childD;
    Child childCB;
    Elder elderE1;
    Elder elderE2;
    String prefix;

    /**
     * 龙山镇's report of {@value #QUARTER} with one file of its written report, written straight to the tables as an
     * approved report: other tests of the shared database submit later quarters for 龙山镇, after which the chain refuses
     * an earlier one (its period would overlap). Each test JVM starts a fresh database.
     */
    private long approvedReportOfLongshan() {
        QuarterlyWorkbooks.Generated g = workbooks.generate(RegionCode.of(LONGSHAN), Quarter.parse(QUARTER), "刘乃云");
        Long id = jdbc.queryForObject("""
                insert into quarterly_report (region_code, quarter, revision, status, leader_name, submitted_by,
                    submitted_at, late, children_count, elders_count, period_from, period_to)
                values (?, ?, 1, 'APPROVED', '刘乃云', 'longshan', now(), true, ?, ?, ?, ?) returning id
                """, Long.class, LONGSHAN, QUARTER, g.children(), g.elders(),
                Timestamp.from(g.period().from()), Timestamp.from(g.period().to()));
        jdbc.update("insert into quarterly_report_workbook (report_id, content) values (?, ?)", id, g.workbook());
        jdbc.update("""
                insert into quarterly_report_file (report_id, file_name, content_type, size_bytes, sha256, content)
                values (?, '汇报材料.pdf', 'application/pdf', 8, repeat('0', 64), ?)
                """, id, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)); // its written report's file
        return id;
    }

    @BeforeAll
    void people() throws Exception {
        Jurisdiction county = Jurisdiction.region(RegionCode.of("522730000000"));
        prefix = "权" + UUID.randomUUID().toString().substring(0, 4);
        childA = children.register(withPhones(ChildFixtures.child(prefix + "甲", ZHONGBA), 1), true, county);
        childB = children.register(withPhones(ChildFixtures.child(prefix + "乙", CAOYUAN), 2), true, county);
        childC = children.register(withPhones(ChildFixtures.child(prefix + "丙", GUJIAO_VILLAGE), 3), true, county);
        elderE1 = elders.register(ElderFixtures.elder(prefix + "丁", ZHONGBA), true, county);
        elderE2 = elders.register(ElderFixtures.elder(prefix + "戊", GUJIAO_VILLAGE), true, county);
        SignedInUser countyOffice = new SignedInUser(null, "county", "县留守办", Role.COUNTY, county);
        long caseA = cases.open(CaseType.GUARDIANSHIP, childA.getId(), "权限测试", countyOffice).getId();
        childD = children.register(withPhones(ChildFixtures.child(prefix + "庚", CAOYUAN), 5), true, county);
        CaseFile caseD = mandatoryReports.report(new MandatoryReports.ReportForm(childD.getDetails().getIdNumber(),
                childD.getName(), CAOYUAN, "权限测试", ReportSituation.LIVING_ALONE, ReportSeverity.URGENT, null),
                countyOffice);
        assertThat(caseD.getOwnerOrganisationId()).as("an urgent report goes to the town's police station")
                .isEqualTo(jdbc.queryForObject("select id from organisation where code = 'police-522730100000'",
                        Long.class));
        ids.put("{D}", childD.getId().toString());
        ids.put("{caseB}", Long.toString(assessedDelegation(childB)));
        ids.put("{caseD}", caseD.getId().toString());
        // An elder's case, with 龙山镇's police station, which the county's police oversees.
        ids.put("{caseE}", Long.toString(cases.openForElder(CaseType.ELDER_ABUSE, elderE1.getId(), "权限测试",
                countyOffice).getId()));
        long report = approvedReportOfLongshan();
        ids.put("{report}", Long.toString(report));
        ids.put("{reportFile}", Long.toString(jdbc.queryForObject(
                "select min(id) from quarterly_report_file where report_id = ?", Long.class, report)));
        long spare = accountService.createDemoAccount(new AccountForm("spare" + prefix.hashCode(),
                "备用", Role.TOWN, LONGSHAN, null), DEMO_PASSWORD).getId();
        ids.put("{spare}", Long.toString(spare));
        ids.putAll(Map.of("{A}", childA.getId().toString(), "{B}", childB.getId().toString(), "{C}",
                childC.getId().toString(), "{E1}", elderE1.getId().toString(), "{E2}", elderE2.getId().toString(),
                "{caseA}", Long.toString(caseA), "{prefix}", prefix, "{quarter}", QUARTER, "{longshan}", LONGSHAN));
        careRecords(county);
        planRecords();
        for (String user : USERS) {
            sessions.put(user, login(mvc, user, DEMO_PASSWORD));
        }
        for (String user : List.of("cbcounty", "cbtown")) {
            sessions.put(user, login(mvc, user, DEMO_PASSWORD));
        }
    }

    /** A delegation of the child proposed and assessed by 龙山镇: its papers can be printed. */
    private long assessedDelegation(Child child) {
        SignedInUser longshan = new SignedInUser(null, "longshan", "龙山镇", Role.TOWN,
                Jurisdiction.region(RegionCode.of(LONGSHAN)));
        CaseFile delegation = cases.open(CaseType.DELEGATION, child.getId(), null, longshan);
        delegation = cases.take(delegation.getId(), delegation.getVersion(), "propose",
                Map.of("delegateName", "杨奶奶", "delegateRelation", "祖母"), null, longshan);
        delegation = cases.take(delegation.getId(), delegation.getVersion(), "assess", Map.of("assessHealth", "GOOD",
                "assessAge", "63", "assessEconomy", "FAIR", "assessWillingness", "WILLING", "assessResult", "PASS",
                "assessor", "村主任", "assessDate", "2026-11-20"), null, longshan);
        return delegation.getId();
    }

    /**
     * The demo's care records of 中坝村 ({P} its 儿童之家 with a photo {PH}, {CR} its 儿童主任, {ACT} an activity) and of
     * a village of 谷脚镇 ({P2}); {PR} a pairing of child A.
     */
    private void careRecords(Jurisdiction county) {
        long place = jdbc.queryForObject("select min(id) from care_place where region_code = ?", Long.class, ZHONGBA);
        ids.put("{P}", Long.toString(place));
        ids.put("{P2}", Long.toString(jdbc.queryForObject("select min(id) from care_place where region_code = ?",
                Long.class, GUJIAO_VILLAGE)));
        long carer = jdbc.queryForObject("select min(id) from carer where region_code = ?", Long.class, ZHONGBA);
        ids.put("{CR}", Long.toString(carer));
        ids.put("{ACT}", Long.toString(jdbc.queryForObject("select min(id) from care_activity where region_code = ?",
                Long.class, ZHONGBA)));
        ids.put("{PH}", Long.toString(photos.add(CarePhotos.Owner.PLACE, place, PNG, county)));
        ids.put("{PR}", Long.toString(pairings.pair(PersonType.CHILD, childA.getId(), carer,
                LocalDate.of(2026, 10, 1), county)));
    }

    /**
     * Each county's plan records: {T} / {CBT} a task of Longli's / Changbai's plan, {ITEM} a "456" item of Longli's,
     * {INS} / {CBINS} an inspection of each with a follow-up {FU} / {CBFU}, {CB} a child of 长白镇.
     */
    private void planRecords() {
        RegionCode changbai = RegionCode.of("220623000000");
        SignedInUser longliOffice = new SignedInUser(null, "county", "县留守办", Role.COUNTY,
                Jurisdiction.region(RegionCode.of("522730000000")));
        SignedInUser changbaiOffice = new SignedInUser(null, "cbcounty", "长白县民政局", Role.COUNTY,
                Jurisdiction.region(changbai));
        ids.put("{T}", Long.toString(jdbc.queryForObject("select min(id) from plan_task where county_code = "
                + "'522730000000' and archived_on is null", Long.class)));
        ids.put("{CBT}", Long.toString(jdbc.queryForObject("select min(id) from plan_task where county_code = "
                + "'220623000000' and archived_on is null", Long.class)));
        ids.put("{ITEM}", Long.toString(jdbc.queryForObject("select min(id) from pattern_item where county_code = "
                + "'522730000000' and archived_on is null", Long.class)));
        ids.put("{zhongba}", ZHONGBA);
        ids.put("{cbvillage}", jdbc.queryForObject("select min(code) from region where code like '220623100%' and "
                + "level = 'VILLAGE'", String.class));
        LocalDate today = inspections.today();
        long ins = inspections.record(Inspections.Kind.QUARTERLY, today, "县督查督办局", "县教育局", null, List.of(),
                longliOffice);
        inspections.followUp(ins, Inspections.FollowUpKind.NOTICE, "县教育局", "权限测试", today, longliOffice);
        long cbins = inspections.record(Inspections.Kind.SPECIAL, today, "县政府督查组", "长白镇", null, List.of(),
                changbaiOffice);
        inspections.followUp(cbins, Inspections.FollowUpKind.TALK, "长白镇", "权限测试", today, changbaiOffice);
        ids.put("{INS}", Long.toString(ins));
        ids.put("{CBINS}", Long.toString(cbins));
        ids.put("{FU}", Long.toString(inspections.one(ins, longliOffice).followUps().get(0).id()));
        ids.put("{CBFU}", Long.toString(inspections.one(cbins, changbaiOffice).followUps().get(0).id()));
        childCB = children.register(withPhones(ChildFixtures.child(prefix + "己", ids.get("{cbvillage}")), 4), true,
                Jurisdiction.region(changbai));
        ids.put("{CB}", childCB.getId().toString());
    }

    /** The smallest PNG: one transparent pixel. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /** The participant picker offers only people of the user's region. */
    @ParameterizedTest(name = "participant search as {0}")
    @MethodSource("participantExpectations")
    void theParticipantPickerOffersOnlyTheUsersPeople(String user, String full) throws Exception {
        String found = perform(user, "GET /care/people-search?q={prefix}").getContentAsString();
        Map<String, Child> byLetter = Map.of("A", childA, "B", childB, "C", childC);
        byLetter.forEach((letter, child) -> assertThat(found.contains(child.getName())).as(user + " finds " + letter)
                .isEqualTo(full.contains(letter)));
    }

    @ParameterizedTest(name = "delegate search as {0}")
    @MethodSource("delegateExpectations")
    void theDelegatePickerOffersOnlyTheUsersElders(String user, String found) throws Exception {
        String page = perform(user, "GET /elderly/delegate-choices?q={prefix}").getContentAsString();
        Map<String, Elder> byName = Map.of("E1", elderE1, "E2", elderE2);
        byName.forEach((key, elder) -> assertThat(page.contains(elder.getName())).as(user + " finds " + key)
                .isEqualTo(found.contains(key)));
        assertThat(page).doesNotContain(elderE1.getDetails().getIdNumber(), elderE2.getDetails().getIdNumber());
    }

    /** Phones of the child and its parents, different for each child ({@code n}). */
    private static ChildDetails withPhones(ChildDetails d, int n) {
        d.setPhone("1390000" + n + "111");
        d.getFather().setPhone("1390000" + n + "222");
        d.getMother().setPhone("1390000" + n + "333");
        return d;
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] parts = line.split("\\|");
            String family = parts[0].strip();
            String request = parts[1].strip();
            String[] expected = parts[2].strip().split("\\s+");
            assertThat(expected).as(family).hasSize(USERS.size());
            for (int i = 0; i < USERS.size(); i++) {
                cells.add(Arguments.of(family, USERS.get(i), request, Integer.parseInt(expected[i])));
            }
        }
        return cells.stream();
    }

    Stream<Arguments> countyCells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : COUNTIES.strip().split("\n")) {
            String[] parts = line.split("\\|");
            String[] expected = parts[2].strip().split("\\s+");
            assertThat(expected).as(parts[0]).hasSize(COUNTY_USERS.size());
            for (int i = 0; i < COUNTY_USERS.size(); i++) {
                cells.add(Arguments.of(parts[0].strip(), COUNTY_USERS.get(i), parts[1].strip(),
                        Integer.parseInt(expected[i])));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {3}")
    @MethodSource("countyCells")
    void eachCountySeesOnlyItsOwn(String family, String user, String request, int expected) throws Exception {
        assertThat(perform(user, request).getStatus()).as(family + " as " + user).isEqualTo(expected);
    }

    /** Changbai's office exports its own county's children, none of Longli's; Longli's office none of Changbai's. */
    @org.junit.jupiter.api.Test
    void aCountysExportHoldsNoneOfTheOtherCountysChildren() throws Exception {
        String changbai = sheetText(perform("cbcounty", "GET /children/roster.xlsx?q={prefix}").getContentAsByteArray());
        assertThat(changbai).contains(childCB.getName()).doesNotContain(childA.getName(), childC.getName());
        String longli = sheetText(perform("county", "GET /children/roster.xlsx?q={prefix}").getContentAsByteArray());
        assertThat(longli).contains(childA.getName()).doesNotContain(childCB.getName());
    }

    @ParameterizedTest(name = "{0} as {1}: {3}")
    @MethodSource("cells")
    void everyRoleGetsWhatTheTableSays(String family, String user, String request, int expected) throws Exception {
        assertThat(perform(user, request).getStatus()).as(family + " as " + user).isEqualTo(expected);
    }

    /** Whose children each role's attachment 4 holds, and how their numbers show. */
    @ParameterizedTest(name = "children roster as {0}")
    @MethodSource("rosterExpectations")
    void theChildrenRosterHoldsWhatTheScreenMayShow(String user, String full, String masked) throws Exception {
        String sheet = sheetText(perform(user, "GET /children/roster.xlsx?q={prefix}").getContentAsByteArray());
        Map<String, Child> byLetter = Map.of("A", childA, "B", childB, "C", childC, "D", childD);
        byLetter.forEach((letter, child) -> {
            String number = child.getDetails().getIdNumber();
            String father = child.getDetails().getFather().getPhone();
            assertThat(sheet.contains(child.getName())).as(user + " sees " + letter)
                    .isEqualTo(full.contains(letter) || masked.contains(letter));
            assertThat(sheet.contains(number)).as(user + " sees the full number of " + letter)
                    .isEqualTo(full.contains(letter));
            assertThat(sheet.contains(father)).as(user + " sees the father's phone of " + letter)
                    .isEqualTo(full.contains(letter));
            assertThat(sheet.contains(Masks.idNumber(number))).as(user + " sees the masked number of " + letter)
                    .isEqualTo(masked.contains(letter));
        });
    }

    /**
     * Each row names its town and village, whoever exports it: a village worker's names come from its town above its
     * jurisdiction, a department's from the county it serves (the names an export reads: RosterExports#namesFor).
     */
    @ParameterizedTest(name = "children roster's places as {0}")
    @ValueSource(strings = {"county", "longshan", "zhongba", "police", "inspector"})
    void theChildrenRosterNamesEachRowsTownAndVillage(String user) throws Exception {
        String sheet = sheetText(perform(user, "GET /children/roster.xlsx?q={prefix}").getContentAsByteArray());
        String rowOfA = sheet.lines().filter(line -> line.contains(childA.getName())).findFirst().orElseThrow();
        assertThat(rowOfA).as(user).contains("\t" + regions.nameOf(LONGSHAN) + "\t" + regions.nameOf(ZHONGBA) + "\t");
    }

    static Stream<Arguments> delegateExpectations() {
        return Stream.of(Arguments.of("county", "E1 E2"), Arguments.of("longshan", "E1"),
                Arguments.of("gujiao", "E2"), Arguments.of("zhongba", "E1"));
    }

    static Stream<Arguments> participantExpectations() {
        return Stream.of(Arguments.of("county", "ABC"), Arguments.of("longshan", "AB"), Arguments.of("gujiao", "C"),
                Arguments.of("zhongba", "A"));
    }

    static Stream<Arguments> rosterExpectations() {
        return Stream.of(Arguments.of("county", "ABCD", ""), Arguments.of("longshan", "ABD", ""),
                Arguments.of("gujiao", "C", ""), Arguments.of("zhongba", "A", ""),
                // The county police works the guardianship case of A and oversees its station's report of D.
                Arguments.of("police", "AD", ""), Arguments.of("inspector", "", "ABCD"),
                // The station works D's report alone: not A, whose case is the county police's, though A is of its town.
                Arguments.of("paichusuo", "D", ""));
    }

    /** The elders' roster: full for the regions' staff, masked for the inspector (a department exports no elder). */
    @ParameterizedTest(name = "elders roster as {0}")
    @MethodSource("elderExpectations")
    void theEldersRosterIsMaskedForTheInspector(String user, boolean sees, boolean fullNumbers) throws Exception {
        String sheet = sheetText(perform(user, "GET /elderly/roster.xlsx?q={prefix}").getContentAsByteArray());
        String number = elderE1.getDetails().getIdNumber();
        assertThat(sheet.contains(elderE1.getName())).as(user).isEqualTo(sees);
        assertThat(sheet.contains(number)).as(user + " full number").isEqualTo(sees && fullNumbers);
        assertThat(sheet.contains(Masks.idNumber(number))).as(user + " masked").isEqualTo(sees && !fullNumbers);
    }

    static Stream<Arguments> elderExpectations() {
        return Stream.of(Arguments.of("county", true, true), Arguments.of("longshan", true, true),
                Arguments.of("zhongba", true, true), Arguments.of("gujiao", false, true),
                Arguments.of("inspector", true, false));
    }

    /** The town's frozen report: every roster for the county and the town; the figures alone for the others. */
    @ParameterizedTest(name = "town workbook as {0}")
    @MethodSource("workbookExpectations")
    void aTownsReportHoldsItsRostersOnlyForThoseWhoSeeTheTownsPeople(String user, boolean rosters) throws Exception {
        byte[] file = perform(user, "GET /reports/{quarter}/towns/{longshan}.xlsx").getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).as(user).anyMatch(n -> n.startsWith("附件3"));
            assertThat(names.stream().anyMatch(n -> n.startsWith("附件5"))).as(user + " 附件5").isEqualTo(rosters);
            String text = sheetText(file);
            assertThat(text).as(user).contains("刘乃云");
            assertThat(text.contains(childA.getName())).as(user + " sees A").isEqualTo(rosters);
            assertThat(text.contains(childA.getDetails().getIdNumber())).as(user + " sees A's number").isEqualTo(rosters);
        }
    }

    static Stream<Arguments> workbookExpectations() {
        return Stream.of(Arguments.of("county", true), Arguments.of("longshan", true), Arguments.of("police", false),
                Arguments.of("inspector", false), Arguments.of("paichusuo", false));
    }

    /** The reveal shows the parents' numbers too, and only to those who may see them. */
    @ParameterizedTest(name = "reveal as {0}")
    @MethodSource("revealers")
    void theRevealShowsEveryNumberOfThePerson(String user) throws Exception {
        String page = perform(user, "POST /children/{A}/reveal").getContentAsString();
        assertThat(page).contains(childA.getDetails().getIdNumber(), "13900001222", "13900001333");
    }

    static Stream<String> revealers() {
        return Stream.of("county", "longshan", "zhongba", "police");
    }

    /** The station reveals the child of its own report, parents' numbers too. */
    @org.junit.jupiter.api.Test
    void aStationRevealsTheNumbersOfItsOwnReportsChild() throws Exception {
        String page = perform("paichusuo", "POST /children/{D}/reveal").getContentAsString();
        assertThat(page).contains(childD.getDetails().getIdNumber(), "13900005222", "13900005333");
    }

    private MockHttpServletResponse perform(String user, String request) throws Exception {
        String[] parts = request.split("\\s+", 2);
        String path = parts[1];
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        AbstractMockHttpServletRequestBuilder<?> builder;
        if ("POST".equals(parts[0])) {
            builder = (path.endsWith("/photos")
                    ? multipart(path).file(new MockMultipartFile("photo", "p.png", "image/png", PNG))
                    : post(path)).with(csrf());
            if (path.endsWith("/reveal")) {
                builder.header("HX-Request", "true");
            }
            if (path.endsWith("/visits") || path.endsWith("/contacts")) {
                builder.param("visitDate", "2026-11-30").param("visitor", "测试").param("kind", "HOME")
                        .param("findings", "权限测试走访");
            }
        } else {
            builder = get(path);
        }
        return mvc.perform(builder.session(sessions.get(user))).andReturn().getResponse();
    }

    private static String sheetText(byte[] file) throws Exception {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\t'));
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
