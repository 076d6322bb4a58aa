package org.guanai.registry.bench;

import java.util.Arrays;
import java.util.function.Supplier;
import org.guanai.registry.RegistryApplication;
import org.guanai.registry.child.ChildFilter;
import org.guanai.registry.child.ChildRow;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.child.KeyTargets;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ListSort;
import org.guanai.registry.person.PersonPage;
import org.guanai.registry.region.RegionCode;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry's list and search budget on a province-sized set (issue 2/7: p95 under 300 ms
 * server-side, at any page depth). Not a test: it prints figures and asserts nothing about time.
 *
 * <pre>./mvnw -B -q -pl registry-web -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.guanai.registry.bench.RegistryBenchmark [-Dbench.children=1000000]</pre>
 *
 * The data set is generated once into {@code data/bench-postgres} (git-ignored) and reused.
 */
public final class RegistryBenchmark {

    private static final int RUNS = 60;

    public static void main(String[] args) {
        int children = Integer.getInteger("bench.children", 1_000_000);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class)
                .web(WebApplicationType.SERVLET)
                // Arguments, not default properties: they must win over application.properties.
                .run("--registry.embedded-db.data-dir=data/bench-postgres", "--registry.demo.children=" + children,
                        "--spring.main.banner-mode=off", "--server.port=0", "--logging.level.root=WARN",
                        "--logging.level.org.guanai.registry.demo=INFO")) {
            ChildService service = context.getBean(ChildService.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.execute("analyze child");
            long rows = jdbc.queryForObject("select count(*) from child", Long.class);
            System.out.printf("%nchildren in the table: %,d%n", rows);
            System.out.printf("%-58s %8s %8s %8s %8s%n", "request (server side, service call)", "p50 ms", "p95 ms", "max ms",
                    "rows");

            Jurisdiction county = Jurisdiction.region(RegionCode.of("522730000000"));
            Jurisdiction town = Jurisdiction.region(RegionCode.of("522730100000"));
            ChildFilter none = ChildFilter.none();

            measure("county, first page, newest first", () -> service.list(none, county));
            measure("town, first page", () -> service.list(none, town));
            measure("county, key target UNATTENDED, by name", () -> service.list(filter(KeyTargets.Flag.UNATTENDED,
                    null, ListSort.NAME, null), county));
            measure("county, out of school, age 14-15", () -> service.list(new ChildFilter(null,
                    KeyTargets.Flag.OUT_OF_SCHOOL, null, null, null, null, null, ChildFilter.AgeBand.AGE_14_15, null, null,
                    null, null, null, null, null), county));
            measure("county, not visited for 90 days, by last visit", () -> service.list(new ChildFilter(null, null,
                    null, null, null, null, null, null, null, 90, null, null, ListSort.VISIT, null, null), county));
            String deep = deepCursor(service, county, ListSort.NAME, 200);
            measure("county, by name, page 201 (keyset)", () -> service.list(filter(null, null, ListSort.NAME,
                    deep), county));
            String deepRecent = deepCursor(service, county, ListSort.RECENT, 200);
            measure("county, newest first, page 201 (keyset)", () -> service.list(filter(null, null,
                    ListSort.RECENT, deepRecent), county));
            measure("name search '浩宇' (partial name)", () -> service.list(filter(null, "浩宇", null, null), county));
            measure("name search '王小' (partial name)", () -> service.list(filter(null, "王小", null, null), county));
            measure("pinyin search 'wangx'", () -> service.list(filter(null, "wangx", null, null), county));
            measure("pinyin initials 'wxh'", () -> service.list(filter(null, "wxh", null, null), county));
            String someId = jdbc.queryForObject("select id_number from child where id_number is not null offset 777777 % "
                    + "greatest(1, (select count(*) from child)::int) limit 1", String.class);
            measure("exact ID number", () -> service.list(filter(null, someId, null, null), county));

            System.out.println("\nQuery plans: run EXPLAIN ANALYZE on the SQL of ChildListQuery with the same parameters "
                    + "to compare with the bare SQL time (the floor).");
        }
    }

    private static ChildFilter filter(KeyTargets.Flag flag, String q, ListSort sort, String after) {
        return new ChildFilter(null, flag, null, null, null, null, null, null, null, null, null, q, sort, after, null);
    }

    private static String deepCursor(ChildService service, Jurisdiction j, ListSort sort, int pages) {
        String cursor = null;
        for (int i = 0; i < pages; i++) {
            cursor = service.list(filter(null, null, sort, cursor), j).nextCursor();
        }
        return cursor;
    }

    private static void measure(String name, Supplier<PersonPage<ChildRow>> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        long[] times = new long[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            PersonPage<ChildRow> page = call.get();
            times[i] = System.nanoTime() - start;
            rows = page.rows().size();
        }
        Arrays.sort(times);
        System.out.printf("%-58s %8.1f %8.1f %8.1f %8d%n", name, times[RUNS / 2] / 1e6,
                times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, times[RUNS - 1] / 1e6, rows);
    }

    private RegistryBenchmark() {
    }

}
