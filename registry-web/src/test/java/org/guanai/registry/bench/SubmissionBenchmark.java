package org.guanai.registry.bench;

import static org.guanai.registry.bench.Measure.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.guanai.registry.RegistryApplication;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.ChildFilter;
import org.guanai.registry.demo.DemoChildren;
import org.guanai.registry.demo.DemoElders;
import org.guanai.registry.demo.DemoPlaces;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ListSort;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.report.QuarterlyWorkbooks;
import org.guanai.registry.roster.RosterExports;
import org.guanai.registry.roster.RosterHeading;
import org.guanai.registry.shared.Quarter;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The submission budget of issue 2/6: generating one town's quarterly workbook (attachments 3–7) for 2,000 children
 * (left-behind: 2,600 generated, about 2,000 of them meet the definition) and 1,000 elders in at most 5 s with at most 300 MB heap growth, and its ratio to writing the same town's attachment 4
 * alone (aim: at most 3×). Prints figures, asserts nothing.
 *
 * <pre>MAVEN_OPTS=-Xmx512m ./mvnw -B -q -pl registry-web -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.guanai.registry.bench.SubmissionBenchmark [-Dbench.children=2600 -Dbench.elders=1000]</pre>
 *
 * Runs on a fresh embedded database under data/; delete {@code data/bench-submission-postgres-*} afterwards.
 */
public final class SubmissionBenchmark {

    static final RegionCode TOWN = RegionCode.of("522730100000"); // 龙山镇

    public static void main(String[] args) throws Exception {
        int childCount = Integer.getInteger("bench.children", 2_600);
        int elderCount = Integer.getInteger("bench.elders", 1_000);
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("data")).toAbsolutePath(),
                "bench-submission-postgres-");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--registry.embedded-db.data-dir=" + dataDir, "--spring.main.banner-mode=off", "--server.port=0",
                        "--registry.demo.children=0", "--registry.demo.elders=0", "--logging.level.root=WARN")) {
            RegionService regions = context.getBean(RegionService.class);
            DemoPlaces town = DemoPlaces.of(regions.all().stream().filter(r -> r.getLevel() == RegionLevel.COUNTY
                    || r.getCode().startsWith(TOWN.prefix())).toList());
            long g = System.nanoTime();
            context.getBean(DemoChildren.class).generate(childCount, town, 42L);
            context.getBean(DemoElders.class).generate(elderCount, town, 43L);
            System.out.printf("generated %,d children and %,d elders in one town in %.1f s%n", childCount, elderCount,
                    seconds(g));
            QuarterlyWorkbooks workbooks = context.getBean(QuarterlyWorkbooks.class);
            RosterExports exports = context.getBean(RosterExports.class);
            Quarter quarter = Quarter.of(LocalDate.now());
            SignedInUser clerk = new SignedInUser(null, "bench", "bench", Role.TOWN, Jurisdiction.region(TOWN));
            ChildFilter leftBehind = new ChildFilter(TOWN.value(), null, null, ChildFilter.Category.LEFT_BEHIND, null,
                    null, null, null, PersonStatus.ACTIVE, null, null, null, ListSort.NAME, null, null);
            RosterHeading heading = new RosterHeading("贵州省", "龙山镇人民政府", quarter.label(), LocalDate.now());

            for (int run = 1; run <= 3; run++) {
                ExportBenchmark.CountingStream roster = new ExportBenchmark.CountingStream();
                long t0 = System.nanoTime();
                exports.children(leftBehind, null, clerk, heading, () -> roster);
                double attachment4 = seconds(t0);

                long baseline = settledHeap();
                resetPeaks();
                long t1 = System.nanoTime();
                QuarterlyWorkbooks.Generated report = workbooks.generate(TOWN, quarter, "龙山镇长");
                double submission = seconds(t1);
                long peak = peakHeap();
                System.out.printf("run %d: town workbook (attachments 3–7) of %,d children and %,d elders: %.2f s, "
                        + "%.1f MB; attachment 4 alone: %.2f s, %.1f MB; ratio %.1f×; heap peak %d MB over a %d MB "
                        + "baseline%n", run, report.children(), report.elders(), submission,
                        report.workbook().length / 1e6, attachment4, roster.count / 1e6, submission / attachment4,
                        mb(peak - baseline), mb(baseline));
            }
        }
    }
}
