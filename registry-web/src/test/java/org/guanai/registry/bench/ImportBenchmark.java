package org.guanai.registry.bench;

import static org.guanai.registry.bench.Measure.*;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.guanai.registry.RegistryApplication;
import org.guanai.registry.WebTestSupport;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.GuardianshipType;
import org.guanai.registry.child.ParentStatus;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.imports.ImportMode;
import org.guanai.registry.imports.ImportPlan;
import org.guanai.registry.imports.ImportService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.ResidentIdNumber;
import org.guanai.registry.person.Sex;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.roster.ChildRoster;
import org.guanai.registry.roster.RosterEntry;
import org.guanai.registry.roster.RosterHeading;
import org.guanai.registry.roster.RosterImports;
import org.guanai.registry.roster.RosterWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import budget of issue 3/7: a 30,000-row roster previewed (parse + validate + plan) and
 * committed, each under 30 s, heap growth under 256 MB; the commit compared with a plain JDBC COPY of
 * the same rows (into an index-free table, into the child table itself) and with a COPY of the commit's own rows, every
 * column as written, and their history. Prints figures, asserts nothing.
 *
 * <pre>./mvnw -B -q -pl registry-web -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.guanai.registry.bench.ImportBenchmark [-Dbench.rows=30000]</pre>
 *
 * Runs on a fresh embedded database under data/ each time (the demo county, 3,000 children); delete
 * {@code data/bench-import-postgres-*} afterwards.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 30_000);
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("data")).toAbsolutePath(),
                "bench-import-postgres-");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--registry.embedded-db.data-dir=" + dataDir, "--spring.main.banner-mode=off", "--server.port=0",
                        "--logging.level.root=WARN", "--registry.embedded-db.preload=pg_stat_statements")) {
            RegionService regions = context.getBean(RegionService.class);
            RosterImports imports = context.getBean(RosterImports.class);
            ChildRoster roster = context.getBean(ChildRoster.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Jurisdiction county = Jurisdiction.region(RegionCode.of("522730000000"));

            // The county's own villages: the installation also holds a second demo county, outside its jurisdiction.
            List<Region> villages = regions.all().stream().filter(r -> r.getLevel() == RegionLevel.VILLAGE)
                    .filter(r -> county.region().covers(RegionCode.of(r.getCode()))).toList();
            List<ChildDetails> children = generate(rows, villages);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            Map<String, String> names = new HashMap<>();
            regions.all().forEach(r -> names.put(r.getCode(), r.getName()));
            RosterWriter.write(roster.layout(), new RosterHeading("龙里县", null, "2026年第4季度", LocalDate.now()),
                    sink -> children.forEach(d -> sink.accept(new RosterEntry<>(0, d, names.get(
                            RegionCode.of(d.getVillageCode()).ancestorAt(RegionLevel.TOWN).value()),
                            names.get(d.getVillageCode()), LocalDate.now()))), null, file);
            double writeSeconds = seconds(t0);
            byte[] bytes = file.toByteArray();
            System.out.printf("%nroster: %,d rows, %,d bytes, written (SXSSF) in %.2f s%n", rows, bytes.length,
                    writeSeconds);

            long baseline = settledHeap();
            resetPeaks();
            t0 = System.nanoTime();
            ImportService.Preview<?> preview = imports.preview(PersonType.CHILD, "bench.xlsx", bytes, county);
            double previewSeconds = seconds(t0);
            long previewPeak = peakHeap();
            ImportPlan.Counts c = preview.plan().counts();
            long retained = settledHeap() - baseline;
            System.out.printf("preview (parse + validate + plan + record): %.2f s, %,.0f rows/s; new %d, errors %d%n",
                    previewSeconds, rows / previewSeconds, c.created(), c.errors());
            System.out.printf("heap: max (-Xmx) %d MB, baseline %d MB, so every step below ran within %d MB above "
                    + "the baseline%n", mb(Runtime.getRuntime().maxMemory()), mb(baseline),
                    mb(Runtime.getRuntime().maxMemory() - baseline));
            System.out.printf("preview: sum of pool peaks %d MB (counts garbage not yet collected), retained with the "
                    + "plan after GC %d MB%n", mb(previewPeak), mb(retained));
            if (c.errors() > 0) {
                preview.plan().problems().stream().limit(5).forEach(p -> System.out.println("  " + imports.message(p)));
                return;
            }

            resetPeaks();
            long before = settledHeap();
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.execute("alter system set pg_stat_statements.track_planning = on"); // planning is counted apart
            jdbc.execute("select pg_reload_conf()");
            jdbc.execute("select pg_stat_statements_reset()");
            t0 = System.nanoTime();
            imports.commit(preview.batch().getId(), county, ImportMode.WHOLE);
            double commitSeconds = seconds(t0);
            System.out.printf("commit (re-read + re-plan under lock + insert + history): %.2f s, %,.0f rows/s; "
                    + "sum of pool peaks %d MB above the baseline%n", commitSeconds, rows / commitSeconds,
                    mb(peakHeap() - before));
            System.out.println("the commit's heaviest statements in PostgreSQL (executing, planning):");
            jdbc.queryForList("select calls, total_exec_time, total_plan_time, rows, "
                    + "left(regexp_replace(query, '\\s+', ' ', 'g'), 90) q from pg_stat_statements "
                    + "order by total_exec_time desc limit 6").forEach(r -> System.out.printf(
                    "%8d calls %7.0f ms %6.0f ms %8d rows  %s%n", r.get("calls"), r.get("total_exec_time"),
                    r.get("total_plan_time"), r.get("rows"), r.get("q")));
            Map<String, Object> all = jdbc.queryForMap("select count(*) statements, sum(calls) calls, "
                    + "sum(total_exec_time) exec, sum(total_plan_time) plan from pg_stat_statements");
            System.out.printf("all %d statements: %d calls, %.0f ms executing, %.0f ms planning%n",
                    ((Number) all.get("statements")).longValue(), ((Number) all.get("calls")).longValue(),
                    ((Number) all.get("exec")).doubleValue(), ((Number) all.get("plan")).doubleValue());

            double copySeconds = copy(context.getBean(DataSource.class), children);
            System.out.printf("plain JDBC COPY of the same rows into a copy of the child table: %.2f s, %,.0f rows/s%n",
                    copySeconds, rows / copySeconds);
            System.out.printf("commit / COPY = %.1f (the commit also re-reads the file, re-validates every row, "
                    + "checks numbers, writes history)%n", commitSeconds / copySeconds);
            double intoChild = copyIntoChildTable(context.getBean(DataSource.class), children);
            System.out.printf("the same COPY into the child table itself (its %d indexes, constraints), rolled back: "
                    + "%.2f s, %,.0f rows/s; commit / that = %.1f%n", jdbc.queryForObject(
                    "select count(*) from pg_indexes where tablename = 'child'", Integer.class), intoChild,
                    rows / intoChild, commitSeconds / intoChild);
            double ownWrites = copyTheCommitsWritesAgain(context.getBean(DataSource.class), jdbc,
                    preview.batch().getId());
            System.out.printf("the commit's own rows (the people, every column as written, and their history) COPYed "
                    + "again into their tables under other keys, rolled back: %.2f s, %,.0f rows/s; commit / that = "
                    + "%.1f%n", ownWrites, rows / ownWrites, commitSeconds / ownWrites);
            System.out.printf("children now: %,d%n", jdbc.queryForObject("select count(*) from child", Long.class));
        }
    }

    private static List<ChildDetails> generate(int count, List<Region> villages) {
        Random random = new Random(42);
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "吴", "罗", "龙", "石", "潘"};
        String[] given = {"浩宇", "欣怡", "子涵", "梓轩", "雨桐", "俊杰", "思琪", "宇航", "佳怡", "明轩", "诗涵", "一诺"};
        List<ChildDetails> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate birth = LocalDate.of(2011, 1, 1).plusDays(random.nextInt(3600));
            Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            String body = String.format("5201%02d", 10 + i / 1000 % 80) + birth.toString().replace("-", "")
                    + String.format("%03d", i % 1000 / 2 * 2 + (sex == Sex.MALE ? 1 : 0));
            ChildDetails d = new ChildDetails();
            d.setName(surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]);
            d.setSex(sex);
            d.setEthnicity("布依族");
            d.setBirthDate(birth);
            d.setIdNumber(body + ResidentIdNumber.checkCharacter(body));
            d.setHasHukou(true);
            d.setVillageCode(villages.get(random.nextInt(villages.size())).getCode());
            d.setHealth(Health.HEALTHY);
            d.setSchooling(Schooling.PRIMARY);
            d.getFather().setName("父" + i);
            d.getFather().setStatus(ParentStatus.WORKING_AWAY);
            d.getFather().setWorkPlace("浙江省宁波市");
            d.getFather().setPhone("138" + String.format("%08d", i));
            d.getMother().setName("母" + i);
            d.getMother().setStatus(ParentStatus.WORKING_AWAY);
            d.getMother().setWorkPlace("广东省东莞市");
            d.setGuardianshipType(GuardianshipType.FAIR);
            d.setResponsibleCadre("王丽");
            d.setCadrePhone("13700003333");
            list.add(d);
        }
        return list;
    }

    /** COPY of the same rows' roster columns into a constraint-free copy of the child table: the floor. */
    private static double copy(DataSource dataSource, List<ChildDetails> children) throws Exception {
        String csv = csv(children);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.createStatement().execute("create temp table child_copy on commit drop as select * from child with no data");
            long t0 = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy child_copy " + COPY_COLUMNS, new StringReader(csv));
            c.commit();
            return seconds(t0);
        }
    }

    /**
     * The same rows COPYed into the child table itself, with the indexes the registry's lists and checks need, then
     * rolled back: what writing the rows costs PostgreSQL, with nothing checked in Java and no history.
     */
    private static double copyIntoChildTable(DataSource dataSource, List<ChildDetails> children) throws Exception {
        String csv = csv(children);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            // Other numbers than the imported people's (the key is unique), and the columns the table requires.
            String rows = csv.replace(",5201", ",6201").replace("\n", ",false,2026-12-03T00:00:00Z,2026-12-03T00:00:00Z\n");
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy child " + COPY_COLUMNS.replace(") from",
                    ", in_difficulty, created_at, updated_at) from"), new StringReader(rows));
            double seconds = seconds(t0);
            c.rollback();
            return seconds;
        }
    }

    /**
     * The import's own writes — its new people as stored (pinyin, derived flags, times: every column) and their history
     * entries — read back and COPYed again into the same tables under other ids and numbers, then rolled back: what
     * PostgreSQL needs for the very rows the commit writes, with nothing read, checked or made in Java.
     */
    private static double copyTheCommitsWritesAgain(DataSource dataSource, JdbcTemplate jdbc, long importId)
            throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String people = "(select person_id from record_change where import_id = " + importId
                    + " and person_type = 'CHILD')";
            CopiedOut childRows = copiedOut(c, "child", WebTestSupport.writtenColumns(jdbc, "child"),
                    Map.of("id", "id + 1000000000", "id_number", "'6' || substr(id_number, 2)"), "id in " + people);
            CopiedOut historyRows = copiedOut(c, "record_change", WebTestSupport.writtenColumns(jdbc, "record_change"),
                    Map.of("id", "id + 1000000000", "person_id", "person_id + 1000000000"), "import_id = " + importId);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            copy.copyIn(childRows.copyIn(), new StringReader(childRows.rows()));
            copy.copyIn(historyRows.copyIn(), new StringReader(historyRows.rows()));
            double seconds = seconds(t0);
            c.rollback();
            return seconds;
        }
    }

    private record CopiedOut(String copyIn, String rows) {
    }

    /**
     * A table's rows in COPY's text, {@code columns} of them, some changed by an expression, and the COPY that writes
     * them.
     */
    private static CopiedOut copiedOut(Connection c, String table, List<String> columns, Map<String, String> changed,
            String where) throws Exception {
        String select = columns.stream().map(col -> changed.getOrDefault(col, col)).collect(Collectors.joining(", "));
        StringWriter out = new StringWriter();
        c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select " + select + " from " + table + " where "
                + where + ") to stdout", out);
        return new CopiedOut("copy " + table + " (" + String.join(", ", columns) + ") from stdin", out.toString());
    }

    private static final String COPY_COLUMNS = "(id, name, sex, birth_date, id_number, village_code, has_hukou, "
            + "left_behind, father_name, father_work_place, mother_name, mother_work_place, guardianship_type, "
            + "schooling) from stdin with (format csv)";

    private static String csv(List<ChildDetails> children) {
        StringBuilder csv = new StringBuilder();
        long id = 900_000_000L;
        for (ChildDetails d : children) {
            csv.append(id++).append(',').append(d.getName()).append(',').append(d.getSex()).append(',')
                    .append(d.getBirthDate()).append(',').append(d.getIdNumber()).append(',').append(d.getVillageCode())
                    .append(",true,true,").append(d.getFather().getName()).append(',').append(d.getFather().getWorkPlace())
                    .append(',').append(d.getMother().getName()).append(',').append(d.getMother().getWorkPlace())
                    .append(',').append(d.getGuardianshipType()).append(',').append(d.getSchooling()).append('\n');
        }
        return csv.toString();
    }
}
