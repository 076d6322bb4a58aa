package org.guanai.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guanai.registry.imports.RosterFiles.child;
import static org.guanai.registry.imports.RosterFiles.rows;
import static org.guanai.registry.imports.RosterFiles.with;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.WebTestSupport;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildFilter;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.Sex;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionKind;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.roster.RosterExports;
import org.guanai.registry.roster.RosterHeading;
import org.guanai.registry.roster.RosterImports;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.MutableClock;
import org.guanai.registry.testsupport.TestTowns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Roster imports end to end on the real database: rules, matching, all-or-nothing, conflicts, locks. */
@WebIntegrationTest
class RosterImportTest {

    static final Jurisdiction LONGSHAN = Jurisdiction.region(RegionCode.of("522730100000"));
    static final Jurisdiction COUNTY = Jurisdiction.region(RegionCode.of("522730000000"));
    static final String LONGSHAN_VILLAGE = "522730100201";
    static final String GUJIAO_VILLAGE = "522730101201";
    static final RosterHeading HEADING = new RosterHeading("龙山镇", null, "2026年第4季度", LocalDate.of(2026, 11, 23));

    @Autowired
    RosterImports rosterImports;
    @Autowired
    RosterExports exports;
    @Autowired
    ChildService children;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MutableClock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ImportService imports;
    @Autowired
    EntityManager entityManager;

    String town;
    String village;
    String prefix;
    byte[] template;

    @BeforeEach
    void names() throws IOException {
        town = regions.nameOf("522730100000");
        village = regions.nameOf(LONGSHAN_VILLAGE);
        prefix = "导" + UUID.randomUUID().toString().substring(0, 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.childTemplate(HEADING, out);
        template = out.toByteArray();
    }

    private Object[] row(String name) {
        return child(town, village, prefix + name, LocalDate.of(2015, 6, 1));
    }

    private ImportService.Preview<?> preview(byte[] file, Jurisdiction j) {
        return rosterImports.preview(PersonType.CHILD, "test.xlsx", file, j);
    }

    private int registered() {
        return jdbc.queryForObject("select count(*) from child where name like ?", Integer.class, prefix + "%");
    }

    private List<String> messages(ImportService.Preview<?> p) {
        return p.plan().problems().stream().map(pr -> pr.rowNumber() + " " + rosterImports.message(pr)).toList();
    }

    @Test
    void aGoodRosterIsPreviewedThenCommittedWithTheImportInEveryonesHistory() {
        byte[] file = RosterFiles.filled(template, rows(row("甲"), row("乙"), row("丙")));
        ImportService.Preview<?> p = preview(file, LONGSHAN);
        assertThat(messages(p)).isEmpty();
        assertThat(p.plan().counts().created()).isEqualTo(3);
        assertThat(registered()).isZero(); // a preview writes nothing

        ImportPlan.Counts counts = rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.WHOLE);
        assertThat(counts.created()).isEqualTo(3);
        assertThat(registered()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from record_change rc join child c on c.id = rc.person_id "
                + "where rc.person_type = 'CHILD' and c.name like ? and rc.import_id = ?", Integer.class, prefix + "%",
                p.batch().getId())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select status from import_batch where id = ?", String.class, p.batch().getId()))
                .isEqualTo("COMMITTED");
        assertThat(jdbc.queryForObject("select file_content is null from import_batch where id = ?", Boolean.class,
                p.batch().getId())).isTrue();

        // the same file again: everybody matched by number, nothing to do
        ImportService.Preview<?> again = preview(file, LONGSHAN);
        assertThat(again.plan().counts().unchanged()).isEqualTo(3);
        assertThat(again.plan().counts().created()).isZero();
        rosterImports.commit(again.batch().getId(), LONGSHAN, ImportMode.WHOLE);
        assertThat(registered()).isEqualTo(3);
    }

    /**
     * A commit of new and changed people in one: the changed ones written by JPA with their versions checked, the new
     * one by COPY (decision 041), each with its history entry naming the import; the transaction's connection, whose
     * statements run prepared on the server meanwhile (decision 039), is given back with its threshold as it was. Run
     * inside a transaction of the test's, rolled back: the new person is gone with it, the changes too.
     */
    @Test
    void newAndChangedPeopleCommitTogetherAndTheConnectionIsGivenBackAsItWas() {
        Object[] first = row("甲");
        Object[] second = row("乙");
        rosterImports.commit(preview(RosterFiles.filled(template, rows(first, second)), LONGSHAN).batch().getId(),
                LONGSHAN, ImportMode.WHOLE);
        first[13] = "广东省东莞市"; // 父亲务工地点
        second[13] = "广东省东莞市";
        ImportService.Preview<?> p = preview(RosterFiles.filled(template, rows(first, row("丙"), second)), LONGSHAN);
        assertThat(p.plan().counts().changed()).isEqualTo(2);
        assertThat(p.plan().counts().created()).isEqualTo(1);
        AtomicReference<PGConnection> used = new AtomicReference<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.WHOLE);
            used.set(WebTestSupport.transactionsConnection(dataSource));
            assertThat(jdbc.queryForList("select c.name || ' ' || rc.action from record_change rc join child c "
                    + "on c.id = rc.person_id and rc.person_type = 'CHILD' where rc.import_id = ? order by c.name",
                    String.class, p.batch().getId())).containsExactly(prefix + "丙 CREATED", prefix + "乙 UPDATED",
                            prefix + "甲 UPDATED");
            assertThat(jdbc.queryForObject("select count(*) from child where name like ? and father_work_place = ?",
                    Integer.class, prefix + "%", "广东省东莞市")).isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(used.get().getPrepareThreshold()).isZero();
        assertThat(registered()).isEqualTo(2);
    }

    /**
     * Errors block their row, gaps never do: a roster with a complete row, a row missing a work place and a row with a
     * wrong check digit imports nothing as a whole, and with 导入无误的行 writes the two good rows in one go, the one
     * with the gap marked 资料待补充, the bad one left to the error workbook; the history says how it was committed.
     */
    @Test
    void gapsAreWarningsAndTheValidRowsCanBeImportedWithoutTheBadOnes() throws Exception {
        Object[] complete = row("全");
        Object[] gap = row("缺");
        gap[13] = ""; // 父亲务工地点: the father works away, where is not known yet
        Object[] wrong = row("错");
        String id = (String) wrong[7];
        wrong[7] = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        ImportService.Preview<?> p = preview(RosterFiles.filled(template, rows(complete, gap, wrong)), LONGSHAN);
        ImportPlan.Counts c = p.plan().counts();
        assertThat(c.created()).isEqualTo(2);
        assertThat(c.errors()).isEqualTo(1);
        assertThat(c.withGaps()).isEqualTo(1);
        assertThat(messages(p)).singleElement().asString().contains("校验位");
        assertThat(p.plan().gaps()).singleElement().satisfies(g -> assertThat(rosterImports.message(g))
                .contains("务工地点"));
        assertThat(c.committableWhole()).isFalse();
        assertThat(c.committableValidRows()).isTrue();
        assertThat(p.batch().getStatus()).isEqualTo(ImportStatus.PREVIEWED);
        String report = text(errorReport(p.batch().getId()));
        assertThat(report).contains("待补充：").contains("校验位");

        assertThatThrownBy(() -> rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.WHOLE))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("imports.error.notCommittable"));
        assertThat(registered()).isZero();

        ImportPlan.Counts written = rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.VALID_ROWS);
        assertThat(written.created()).isEqualTo(2);
        assertThat(registered()).isEqualTo(2);
        assertThat(jdbc.queryForList("select name from child where name like ? and incomplete", String.class,
                prefix + "%")).containsExactly(prefix + "缺");
        assertThat(jdbc.queryForObject("select status || ' ' || import_mode || ' ' || rows_error || ' ' || rows_with_gaps "
                + "from import_batch where id = ?", String.class, p.batch().getId()))
                .isEqualTo("COMMITTED VALID_ROWS 1 1");
        assertThat(children.list(new ChildFilter(null, null, null, null, null, null, null, null, null, null, null,
                prefix, null, null, true), LONGSHAN).rows()).extracting(r -> r.name()).containsExactly(prefix + "缺");

        // The village fills in the work place: the same roster row, complete now, takes the mark away.
        gap[13] = "浙江省宁波市";
        ImportService.Preview<?> fixed = preview(RosterFiles.filled(template, rows(gap)), LONGSHAN);
        assertThat(fixed.plan().counts().changed()).isEqualTo(1);
        rosterImports.commit(fixed.batch().getId(), LONGSHAN, ImportMode.WHOLE);
        assertThat(jdbc.queryForObject("select count(*) from child where name like ? and incomplete", Integer.class,
                prefix + "%")).isZero();
    }

    /** A child first seen in attachment 4 is 留守 only as its parents' columns say; with both at home, it is refused. */
    @Test
    void aNewChildIsLeftBehindOnlyAsItsParentsColumnsSay() {
        Object[] athome = row("家");
        athome[13] = "";
        athome[16] = "";
        athome[18] = ""; // 留守情形 blank, no work place: the parents are not known to be away
        Object[] oneAway = row("单");
        oneAway[16] = "";
        oneAway[18] = "一方外出另一方无监护能力";
        ImportService.Preview<?> p = preview(RosterFiles.filled(template, rows(athome, oneAway)), LONGSHAN);
        assertThat(messages(p)).singleElement().asString().contains("不符合农村留守儿童认定条件");
        assertThat(p.plan().counts().created()).isEqualTo(1);
        rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.VALID_ROWS);
        assertThat(jdbc.queryForList("select name from child where name like ? and left_behind", String.class,
                prefix + "%")).containsExactly(prefix + "单");
    }

    /**
     * The stored file and the error report are read only when asked for (a list of imports reads neither), stored
     * only while the import can be committed, and the file is gone once it is discarded.
     */
    @Test
    void theStoredFileIsReadOnlyWhenAskedForAndKeptOnlyWhileTheImportCanBeCommitted() {
        assertThat(entityManager.getMetamodel().entity(ImportBatch.class).getAttributes())
                .noneMatch(a -> a.getJavaType() == byte[].class);

        Object[] bad = row("丁");
        bad[7] = "不是身份证号";
        ImportService.Preview<?> invalid = preview(RosterFiles.filled(template, rows(bad)), LONGSHAN);
        assertThat(invalid.batch().getStatus()).isEqualTo(ImportStatus.INVALID);
        assertThat(jdbc.queryForObject("select file_content is null from import_batch where id = ?", Boolean.class,
                invalid.batch().getId())).isTrue();
        assertThat(imports.errorReport(invalid.batch().getId(), LONGSHAN)).isEqualTo(errorReport(invalid.batch().getId()))
                .isNotEmpty();

        ImportService.Preview<?> good = preview(RosterFiles.filled(template, rows(row("甲"))), LONGSHAN);
        assertThat(good.batch().getFileSize()).isPositive();
        assertThat(imports.storedFile(good.batch().getId(), LONGSHAN)).hasSize((int) good.batch().getFileSize());
        rosterImports.discard(good.batch().getId(), LONGSHAN);
        assertThat(jdbc.queryForObject("select status = 'DISCARDED' and file_content is null from import_batch "
                + "where id = ?", Boolean.class, good.batch().getId())).isTrue();
        assertThatThrownBy(() -> imports.storedFile(good.batch().getId(), LONGSHAN))
                .isInstanceOf(ImportRefusedException.class);
    }

    private byte[] errorReport(long batchId) {
        return jdbc.queryForObject("select error_report from import_batch where id = ?", byte[].class, batchId);
    }

    private static String text(byte[] workbook) throws IOException {
        StringBuilder text = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            wb.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\t')));
        }
        return text.toString();
    }

    @Test
    void importedKeyTargetsGetTheirCasesOnceAndOnlyWhenTheImportCommits() {
        Object[] dropout = row("辍");
        dropout[10] = "辍学";
        byte[] file = RosterFiles.filled(template, rows(dropout, row("常")));
        ImportService.Preview<?> p = preview(file, LONGSHAN);
        assertThat(dropoutCases()).isZero(); // a preview opens nothing
        rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.WHOLE);
        assertThat(dropoutCases()).isEqualTo(1);
        ImportService.Preview<?> again = preview(file, LONGSHAN);
        rosterImports.commit(again.batch().getId(), LONGSHAN, ImportMode.WHOLE);
        assertThat(dropoutCases()).isEqualTo(1);
    }

    private int dropoutCases() {
        return jdbc.queryForObject("select count(*) from case_file f join child c on c.id = f.child_id "
                + "where c.name like ? and f.case_type = 'DROPOUT'", Integer.class, prefix + "%");
    }

    @Test
    void oneBadRowStopsTheWholeFileAndTheErrorNamesRowColumnAndFix() {
        Object[] bad = row("丁");
        String id = (String) bad[7];
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        bad[7] = id.substring(0, 17) + wrong;
        byte[] file = RosterFiles.filled(template, rows(row("甲"), row("乙"), bad));
        ImportService.Preview<?> p = preview(file, LONGSHAN);
        assertThat(p.plan().counts().errors()).isEqualTo(1);
        assertThat(messages(p)).singleElement().asString().startsWith("7 儿童基本情况/公民身份证号码：")
                .contains("校验位错误，应为 " + id.charAt(17));
        // Whole, it cannot go in; its two good rows could, if the clerk chooses 导入无误的行.
        assertThat(p.batch().counts().committableWhole()).isFalse();
        assertThat(p.batch().getStatus()).isEqualTo(ImportStatus.PREVIEWED);
        assertThat(p.batch().isHasErrorReport()).isTrue();
        assertThatThrownBy(() -> rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.WHOLE))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(registered()).isZero();
    }

    @Test
    void whatExcelAndPeopleTypeIsNormalised() {
        LocalDate birth = LocalDate.of(2012, 3, 5);
        Object[] a = row("甲");
        a[6] = "2015/6/1";
        a[7] = ((String) a[7]).replace("1", "１") + "  "; // full-width digits, trailing spaces
        a[8] = "√";
        a[11] = "";
        Object[] b = row("乙");
        b[6] = "2015年6月1日";
        Object[] c = child(town, village, prefix + "丙", birth);
        c[6] = "20120305";
        c[7] = ((String) c[7]).toLowerCase();
        Object[] d = child(town, village, prefix + "丁", birth);
        d[6] = "2012.03.05";
        d[13] = "　浙江省宁波市　";
        Object[] e = child(town, village, prefix + "戊", birth);
        e[6] = birth; // a real Excel date
        e[14] = 13800001111L; // a phone typed as a number
        Object[] f = child(town, village, prefix + "己", birth);
        f[6] = "2012-03-05";
        f[8] = "是";
        Object[] numberedButEmpty = new Object[26];
        numberedButEmpty[0] = "7";
        ImportService.Preview<?> p = preview(RosterFiles.filled(template, rows(a, b, c, d, e, f, numberedButEmpty)),
                LONGSHAN);
        assertThat(messages(p)).isEmpty();
        assertThat(p.plan().counts().created()).isEqualTo(6);
        assertThat(p.plan().counts().total()).isEqualTo(6);
    }

    @Test
    void everyKindOfBadCellIsReportedAtItsCell() {
        Object[] sci = with(row("甲"), 7, 5.22730201506011E17); // Excel turned the number into a float
        Object[] date = with(row("乙"), 6, "2015-13-45");
        Object[] words = with(row("丙"), 6, "六月一日");
        Object[] yesNo = with(row("丁"), 8, "也许");
        Object[] option = with(row("戊"), 10, "大学");
        Object[] place = with(row("己"), 2, "不存在村");
        Object[] otherTown = child(regions.nameOf("522730101000"), regions.nameOf(GUJIAO_VILLAGE), prefix + "庚",
                LocalDate.of(2015, 6, 1));
        ImportService.Preview<?> p = preview(RosterFiles.filled(template,
                rows(sci, date, words, yesNo, option, place, otherTown)), LONGSHAN);
        List<String> m = messages(p);
        assertThat(m).anyMatch(s -> s.startsWith("5 儿童基本情况/公民身份证号码：") && s.contains("文本"));
        assertThat(m).anyMatch(s -> s.startsWith("6 儿童基本情况/出生日期：") && s.contains("日期不存在"));
        assertThat(m).anyMatch(s -> s.startsWith("7 儿童基本情况/出生日期：") && s.contains("2010年3月5日"));
        assertThat(m).anyMatch(s -> s.startsWith("8 儿童基本情况/是否登记户口：") && s.contains("是"));
        assertThat(m).anyMatch(s -> s.startsWith("9 儿童基本情况/就学情况：") && s.contains("小学"));
        assertThat(m).anyMatch(s -> s.startsWith("10 村（居）：") && s.contains("不存在村"));
        assertThat(m).anyMatch(s -> s.startsWith("11 村（居）：") && s.contains("本辖区"));
        assertThat(p.plan().counts().errors()).isEqualTo(7);
        assertThat(m).as("one message per bad cell, no echoes from the form rules").hasSize(7);
    }

    @Test
    void anExportedRosterReimportsUnchangedAndAChangeMadeSinceIsAConflict() throws IOException {
        Child one = children.register(ChildFixtures.child(prefix + "甲", LONGSHAN_VILLAGE), true, LONGSHAN);
        children.register(ChildFixtures.child(prefix + "乙", LONGSHAN_VILLAGE), true, LONGSHAN);
        ChildFilter filter = new ChildFilter(null, null, null, null, null, null, null, null, null, null, null, prefix,
                null, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.children(filter, null, new SignedInUser(null, "longshan", "镇", Role.TOWN, LONGSHAN), HEADING, () -> out);

        ImportService.Preview<?> p = preview(out.toByteArray(), LONGSHAN);
        assertThat(messages(p)).isEmpty();
        assertThat(p.plan().counts().unchanged()).isEqualTo(2);
        assertThat(p.plan().counts().total()).isEqualTo(2);
        assertThat(p.batch().getExportedAt()).isNotNull();

        clock.advance(Duration.ofMinutes(5)); // the test clock stands still unless moved
        var details = children.get(one.getId(), LONGSHAN).getDetails();
        details.setNotes("在系统中改过");
        children.update(one.getId(), one.getVersion(), details, LONGSHAN);
        ImportService.Preview<?> later = preview(out.toByteArray(), LONGSHAN);
        assertThat(later.plan().counts().conflicts()).isEqualTo(1);
        assertThat(later.batch().getStatus()).isEqualTo(ImportStatus.INVALID);
    }

    @Test
    void aSecondImportIntoTheSameTownIsRefusedWhileTheFirstCommits() throws Exception {
        ImportService.Preview<?> p = preview(RosterFiles.filled(template, rows(row("甲"))), LONGSHAN);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
                lock.setInt(1, ImportService.IMPORT_LOCK);
                lock.setString(2, "522730100000");
                lock.execute();
            }
            CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
                try {
                    rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.WHOLE);
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            assertThat(second.get()).isInstanceOf(ImportRefusedException.class)
                    .extracting(e -> ((ImportRefusedException) e).messageKey()).isEqualTo("imports.error.busy");
            other.rollback();
        }
        assertThat(registered()).isZero();
        rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.WHOLE); // once the other is done, it goes through
        assertThat(registered()).isEqualTo(1);
    }

    @Test
    void aMergedHeaderVariantWithReorderedAndExtraColumnsImports() {
        byte[] file = RosterFiles.edit(template, wb -> {
            Sheet s = wb.createSheet("另一种表");
            Row title = s.createRow(0);
            title.createCell(0).setCellValue("龙山镇留守儿童名单（2026年）");
            Row group = s.createRow(2);
            Row leaf = s.createRow(3);
            String[] tops = {"村（居）", "儿童基本情况", null, null, null, "联系人", "监护类型", "就学情况", "备用列", "留守情形"};
            String[] leaves = {null, "出生日期", "姓名", "性别", "公民身份证号码", null, null, null, null, null};
            for (int i = 0; i < tops.length; i++) {
                if (tops[i] != null) {
                    group.createCell(i).setCellValue(tops[i]);
                }
                if (leaves[i] != null) {
                    leaf.createCell(i).setCellValue(leaves[i]);
                }
            }
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 2, 1, 4));
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 3, 0, 0));
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 3, 6, 6));
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 3, 7, 7));
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 3, 9, 9));
            Object[] r = row("甲");
            RosterFiles.put(wb, s.createRow(4), new Object[] {village, r[6], r[3], "女", r[7], "", "监护情况一般", "小学", "x",
                    "父母双方外出"});
            Row hidden = s.createRow(5);
            RosterFiles.put(wb, hidden, new Object[] {village, r[6], prefix + "隐", "女", "", "", "监护情况一般", "小学"});
            hidden.setZeroHeight(true);
            s.createRow(6); // blank
        });
        ImportService.Preview<?> p = preview(file, LONGSHAN);
        assertThat(messages(p)).isEmpty();
        assertThat(p.plan().counts().created()).isEqualTo(1);
        assertThat(p.plan().counts().hidden()).isEqualTo(1);
    }

    @Test
    void formulasAreReadAsTheirCachedValuesNeverEvaluated() {
        Object[] r = row("甲");
        byte[] file = RosterFiles.edit(RosterFiles.filled(template, rows(r)), wb -> {
            var cell = wb.getSheetAt(0).getRow(RosterFiles.FIRST_DATA_ROW).getCell(25);
            cell.setCellFormula("CONCATENATE(\"备\",\"注\")");
            ((org.apache.poi.xssf.usermodel.XSSFCell) cell).setCellValue("缓存的备注"); // the cached result
        });
        ImportService.Preview<?> p = preview(file, LONGSHAN);
        assertThat(messages(p)).isEmpty();
        @SuppressWarnings("unchecked")
        var planned = (List<PlannedRow<ChildDetails>>) (List<?>) p.plan().rows();
        assertThat(planned.get(0).details().getNotes()).isEqualTo("缓存的备注");
    }

    /** A roster may hold many numbers registered elsewhere: the preview names no place for any of them. */
    @Test
    void aNumberRegisteredInAnotherTownIsAnErrorThatNamesNoPlace() {
        Child theirs = children.register(ChildFixtures.child(prefix + "谷", GUJIAO_VILLAGE), true, COUNTY);
        ImportService.Preview<?> p = preview(RosterFiles.filled(template, rows(with(row("甲"), 7,
                theirs.getDetails().getIdNumber()))), LONGSHAN);
        assertThat(messages(p)).singleElement().asString().contains("本县其他辖区登记")
                .doesNotContain(regions.nameOf("522730101000")).doesNotContain(regions.nameOf(GUJIAO_VILLAGE));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DUPLICATE_ELSEWHERE' and "
                + "object_id = ?", Integer.class, theirs.getId().toString())).isEqualTo(1);
    }

    @Test
    void theCountyImportsForAnyTownATownOnlyForItself() {
        Object[] gujiao = child(regions.nameOf("522730101000"), regions.nameOf(GUJIAO_VILLAGE), prefix + "谷",
                LocalDate.of(2015, 6, 1));
        byte[] file = RosterFiles.filled(template, rows(row("甲"), gujiao));
        assertThat(preview(file, LONGSHAN).plan().counts().errors()).isEqualTo(1);
        ImportService.Preview<?> county = preview(file, COUNTY);
        assertThat(county.plan().counts().created()).isEqualTo(2);
        rosterImports.commit(county.batch().getId(), COUNTY, ImportMode.WHOLE);
        assertThat(registered()).isEqualTo(2);
        assertThatThrownBy(() -> rosterImports.commit(county.batch().getId(), LONGSHAN, ImportMode.WHOLE))
                .isInstanceOf(OutsideJurisdictionException.class);
    }

    /**
     * Counties of one installation may share place names (城关镇 is in hundreds of counties): a roster is read against
     * its own county's places, so that another county's namesakes leave no row ambiguous.
     */
    @Test
    void anotherCountysNamesakesLeaveTheRowsPlaceUnambiguous() {
        RegionCode ours = TestTowns.create(regions);
        String townName = regions.nameOf(ours.value());
        RegionCode theirs;
        do {
            theirs = RegionCode.of("2206233" + String.format("%02d", ThreadLocalRandom.current().nextInt(100)) + "000");
        } while (regions.find(theirs.value()).isPresent());
        regions.create(theirs, townName, RegionCode.of("220623000000"), RegionKind.TOWN, 999);
        regions.create(RegionCode.of(TestTowns.village(theirs)), regions.nameOf(TestTowns.village(ours)), theirs,
                RegionKind.VILLAGE, 1);
        Object[] row = child(townName, regions.nameOf(TestTowns.village(ours)), prefix + "名",
                LocalDate.of(2015, 6, 1));
        ImportService.Preview<?> p = preview(RosterFiles.filled(template, rows(row)), COUNTY);
        assertThat(messages(p)).isEmpty();
        assertThat(p.plan().counts().created()).isEqualTo(1);
    }

    @Test
    void aFailureWhileWritingTheLastRowLeavesNothingWritten() {
        Object[] last = row("丙");
        byte[] file = RosterFiles.filled(template, rows(row("甲"), row("乙"), last));
        ImportService.Preview<?> p = preview(file, LONGSHAN);
        assertThat(p.plan().counts().created()).isEqualTo(3);
        // the database refuses the last child, as a full disk or a killed connection would
        jdbc.execute("create or replace function refuse_child() returns trigger language plpgsql as $$ begin "
                + "if new.name = '" + last[3] + "' then raise exception 'refused'; end if; return new; end $$");
        jdbc.execute("create trigger refuse_child before insert on child for each row execute function refuse_child()");
        try {
            assertThatThrownBy(() -> rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.WHOLE))
                    .isInstanceOf(ImportRefusedException.class).extracting("messageKey")
                    .isEqualTo("imports.error.writeFailed");
        } finally {
            jdbc.execute("drop trigger refuse_child on child");
            jdbc.execute("drop function refuse_child()");
        }
        assertThat(registered()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from record_change where import_id = ?", Integer.class,
                p.batch().getId())).isZero();
        assertThat(jdbc.queryForObject("select status from import_batch where id = ?", String.class, p.batch().getId()))
                .isEqualTo("PREVIEWED");
        rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.WHOLE); // and it can be confirmed again once the fault is gone
        assertThat(registered()).isEqualTo(3);
    }

    @Test
    void eldersImportFromAttachment6WithSeveralChildrenAway() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.elderTemplate(HEADING, out);
        LocalDate birth = LocalDate.of(1950, 3, 5);
        String id = ChildFixtures.idNumber(birth, Sex.MALE);
        Object[] elder = {"1", town, village, prefix + "老", "男", "1950年3月5日", "76", id, "独居", "健康", "自理",
            "王芳、李强", "浙江省宁波市、", "、13900002222", "子女供养", "最低生活保障、临时救助",
            "张强 13700004444", ""};
        byte[] file = RosterFiles.filled(out.toByteArray(), rows(elder));
        ImportService.Preview<?> p = rosterImports.preview(PersonType.ELDER, "老人.xlsx", file, LONGSHAN);
        assertThat(messages(p)).isEmpty();
        rosterImports.commit(p.batch().getId(), LONGSHAN, ImportMode.WHOLE);
        assertThat(jdbc.queryForList("select a.name, a.work_place, a.phone from elder_child_away a join elder e "
                + "on e.id = a.elder_id where e.id_number = ? order by a.position", id).toString())
                .isEqualTo("[{name=王芳, work_place=浙江省宁波市, phone=null}, "
                        + "{name=李强, work_place=null, phone=13900002222}]");
    }
}
