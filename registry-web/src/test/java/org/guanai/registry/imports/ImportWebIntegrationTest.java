package org.guanai.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guanai.registry.WebTestSupport.DEMO_PASSWORD;
import static org.guanai.registry.WebTestSupport.login;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.roster.RosterImports;
import org.guanai.registry.testsupport.ChildFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import pages over HTTP: upload, preview, confirm, downloads, and who may see which import. */
@WebIntegrationTest
class ImportWebIntegrationTest {

    static final String LONGSHAN_VILLAGE = "522730100201";
    static final String GUJIAO_VILLAGE = "522730101201";

    @Autowired
    MockMvc mvc;
    @Autowired
    RegionService regions;
    @Autowired
    RosterImports rosterImports;
    @Autowired
    ChildService children;
    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession longshan;
    String prefix;
    byte[] template;

    @BeforeEach
    void setUp() throws Exception {
        longshan = login(mvc, "longshan", DEMO_PASSWORD);
        prefix = "网" + UUID.randomUUID().toString().substring(0, 5);
        template = mvc.perform(get("/imports/templates/children.xlsx").session(longshan)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private Object[] row(String name, String village) {
        String code = village;
        String town = regions.nameOf(RegionCode.of(code).prefix().substring(0, 9) + "000");
        return RosterFiles.child(town, regions.nameOf(code), prefix + name, LocalDate.of(2015, 6, 1));
    }

    private long latestBatch() {
        return jdbc.queryForObject("select max(id) from import_batch", Long.class);
    }

    private MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    @Test
    void aClerkUploadsSeesThePreviewConfirmsAndFindsTheImportInTheHistory() throws Exception {
        byte[] roster = RosterFiles.filled(template, RosterFiles.rows(row("甲", LONGSHAN_VILLAGE), row("乙", LONGSHAN_VILLAGE)));
        mvc.perform(multipart("/imports").file(file("龙山镇.xlsx", roster)).param("kind", "CHILD").session(longshan)
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"count-new\" class=\"fs-4\">2<")));
        long id = latestBatch();
        mvc.perform(post("/imports/" + id + "/commit").session(longshan).with(csrf()))
                .andExpect(redirectedUrl("/imports/" + id)).andExpect(flash().attributeExists("committed"));
        assertThat(jdbc.queryForObject("select count(*) from child where name like ?", Integer.class, prefix + "%"))
                .isEqualTo(2);
        mvc.perform(get("/imports").session(longshan)).andExpect(content().string(containsString("龙山镇.xlsx")));
        mvc.perform(get("/imports/" + id).session(longshan)).andExpect(content().string(containsString("已导入")));
    }

    @Test
    void theErrorWorkbookIsTheUploadWithAnErrorColumnAndRedCells() throws Exception {
        Object[] bad = RosterFiles.with(row("乙", LONGSHAN_VILLAGE), 6, "2015-02-30");
        byte[] roster = RosterFiles.filled(template, RosterFiles.rows(row("甲", LONGSHAN_VILLAGE), bad));
        mvc.perform(multipart("/imports").file(file("有错.xlsx", roster)).param("kind", "CHILD").session(longshan)
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("日期不存在")));
        long id = latestBatch();
        byte[] report = mvc.perform(get("/imports/" + id + "/errors.xlsx").session(longshan)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet s = wb.getSheetAt(0);
            int errorColumn = 26;
            assertThat(s.getRow(3).getCell(errorColumn).getStringCellValue()).isEqualTo("错误说明");
            assertThat(s.getRow(5).getCell(errorColumn).getStringCellValue()).contains("日期不存在");
            Cell bad6 = s.getRow(5).getCell(6);
            assertThat(bad6.getStringCellValue()).isEqualTo("2015-02-30");
            assertThat(bad6.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(s.getRow(4).getCell(errorColumn)).isNull();
        }
        mvc.perform(post("/imports/" + id + "/commit").session(longshan).with(csrf()))
                .andExpect(flash().attribute("refused", "imports.error.notCommittable"));
    }

    @Test
    void anXlsFileImports() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("花名册");
            String[] header = {"乡镇（街道）", "村（居）", "姓名", "性别", "出生日期", "公民身份证号码", "就学情况", "监护类型",
                "留守情形"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Object[] r = row("甲", LONGSHAN_VILLAGE);
            RosterFiles.put(wb, s.createRow(1), new Object[] {r[1], r[2], r[3], "女", r[6], r[7], "小学", "监护情况一般",
                "父母双方外出"});
            wb.write(out);
        }
        mvc.perform(multipart("/imports").file(file("旧格式.xls", out.toByteArray())).param("kind", "CHILD")
                .session(longshan).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"count-new\" class=\"fs-4\">1<")));
    }

    @Test
    void aFileThatIsNotASpreadsheetGetsAMessageAndNothingIsRecorded() throws Exception {
        long before = jdbc.queryForObject("select count(*) from import_batch", Long.class);
        mvc.perform(multipart("/imports").file(file("名单.xlsx", "姓名,性别".getBytes())).param("kind", "CHILD")
                .session(longshan).with(csrf())).andExpect(redirectedUrl("/imports"))
                .andExpect(flash().attribute("uploadError", "imports.file.notSpreadsheet"));
        assertThat(jdbc.queryForObject("select count(*) from import_batch", Long.class)).isEqualTo(before);
    }

    @Test
    void anotherTownsImportIsNotFoundWhateverTheUrl() throws Exception {
        byte[] roster = RosterFiles.filled(template, RosterFiles.rows(RosterFiles.with(row("谷", GUJIAO_VILLAGE), 6, "坏日期")));
        var gujiao = rosterImports.preview(PersonType.CHILD, "谷脚.xlsx", roster,
                Jurisdiction.region(RegionCode.of("522730101000")));
        long id = gujiao.batch().getId();
        mvc.perform(get("/imports/" + id).session(longshan)).andExpect(status().isNotFound());
        mvc.perform(get("/imports/" + id + "/errors.xlsx").session(longshan)).andExpect(status().isNotFound());
        mvc.perform(post("/imports/" + id + "/commit").session(longshan).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/imports/" + id + "/discard").session(longshan).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/imports").session(longshan)).andExpect(content().string(
                org.hamcrest.Matchers.not(containsString("谷脚.xlsx"))));
        MockHttpSession county = login(mvc, "county", DEMO_PASSWORD);
        mvc.perform(get("/imports/" + id).session(county)).andExpect(status().isOk());
    }

    @Test
    void onlyTownAndCountyStaffImport() throws Exception {
        for (String user : new String[] {"edu", "inspector", "admin"}) {
            MockHttpSession s = login(mvc, user, DEMO_PASSWORD);
            mvc.perform(get("/imports").session(s)).andExpect(status().isForbidden());
            mvc.perform(get("/imports/templates/children.xlsx").session(s)).andExpect(status().isForbidden());
        }
    }

    @Test
    void theRosterExportHoldsOnlyTheTownsChildrenAndIsAudited() throws Exception {
        children.register(ChildFixtures.child(prefix + "龙", LONGSHAN_VILLAGE), true,
                Jurisdiction.region(RegionCode.of("522730100000")));
        children.register(ChildFixtures.child(prefix + "谷", GUJIAO_VILLAGE), true,
                Jurisdiction.region(RegionCode.of("522730101000")));
        long audits = jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'", Long.class);
        byte[] export = mvc.perform(get("/children/roster.xlsx").param("q", prefix).session(longshan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(4).getCell(3).getStringCellValue()).isEqualTo(prefix + "龙");
            Row next = s.getRow(5);
            assertThat(next == null || next.getCell(3) == null || next.getCell(3).getStringCellValue().isEmpty()).isTrue();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'", Long.class))
                .isEqualTo(audits + 1);
    }
}
