package org.guanai.registry.bench;

import static org.guanai.registry.bench.Measure.*;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.guanai.registry.RegistryApplication;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.ChildFilter;
import org.guanai.registry.demo.DemoChildren;
import org.guanai.registry.demo.DemoPlaces;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ListSort;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.roster.ChildRoster;
import org.guanai.registry.roster.RosterExports;
import org.guanai.registry.roster.RosterHeading;
import org.guanai.registry.roster.RosterWriter;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The export budget of issue 5/7: an attachment 4 roster of 300,000 rows in under 30 s with heap growth
 * under 300 MB, against the floor of writing as many rows of 26 text cells with bare SXSSF (round 2's 6/6: at least
 * 0.8 of its rows/s); three rounds of the export and the floors, each round's ratio printed. Prints figures, asserts
 * nothing.
 *
 * <pre>MAVEN_OPTS=-Xmx512m ./mvnw -B -q -pl registry-web -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.guanai.registry.bench.ExportBenchmark [-Dbench.rows=300000]</pre>
 *
 * Runs on a fresh embedded database under data/; delete {@code data/bench-export-postgres-*} afterwards.
 */
public final class ExportBenchmark {

    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 300_000);
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("data")).toAbsolutePath(),
                "bench-export-postgres-");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--registry.embedded-db.data-dir=" + dataDir, "--spring.main.banner-mode=off", "--server.port=0",
                        "--registry.demo.children=0", "--registry.demo.elders=0",
                        // Nobody in the second demo county either: its children's numbers would meet the generated ones.
                        "--registry.demo.changbai-children=0", "--registry.demo.changbai-elders=0",
                        "--logging.level.root=WARN")) {
            RegionService regions = context.getBean(RegionService.class);
            long g = System.nanoTime();
            // In the county exported: the installation also holds the second demo county's villages.
            context.getBean(DemoChildren.class).generate(rows,
                    DemoPlaces.of(regions.subtree(RegionCode.of("522730000000"))), 42L);
            System.out.printf("generated %,d children in %.1f s, %,d of them in the county exported%n", rows, seconds(g),
                    context.getBean(JdbcTemplate.class).queryForObject(
                            "select count(*) from child where village_code like '522730%'", Long.class));
            RosterExports exports = context.getBean(RosterExports.class);
            int columns = context.getBean(ChildRoster.class).layout().columns().size();
            Jurisdiction county = Jurisdiction.region(RegionCode.of("522730000000"));
            ChildFilter all = new ChildFilter(null, null, null, null, null, null, null, null, null, null, null, null,
                    ListSort.NAME, null, null);
            RosterHeading heading = new RosterHeading("龙里县", "龙里县民政局", "2026年第4季度", LocalDate.now());

            // Each round: the export, then both floors, so that each ratio compares figures taken a minute apart (the
            // machine has slow spells); the first round also warms the code up.
            for (int round = 1; round <= ROUNDS; round++) {
                long baseline = settledHeap();
                resetPeaks();
                resetLive();
                CountingStream out = new CountingStream();
                long t0 = System.nanoTime();
                exports.children(all, null, new SignedInUser(null, "bench", "bench", Role.COUNTY, county), heading, () -> out);
                double export = seconds(t0);
                long peak = peakHeap();
                long live = liveHeapPeak();
                System.out.printf("round %d: attachment 4 export of %,d rows: %.1f s, %,.0f rows/s, %.1f MB written, "
                        + "heap peak %d MB over a %d MB baseline (pools' peaks, young garbage included); "
                        + "kept after collections: at most %d MB over it%n", round, rows, export, rows / export,
                        out.count / 1e6, mb(peak - baseline), mb(baseline), mb(Math.max(0, live - baseline)));
                double bare = floor("bare SXSSF", new SXSSFWorkbook(200), rows, columns);
                double quick = floor("bare SXSSF, its temporary files gzipped at the fastest level as the export's are",
                        new RosterWriter.QuicklyCompressedWorkbook(), rows, columns);
                System.out.printf("round %d: the export's rows/s against the floors': %.2f of bare SXSSF, %.2f of the "
                        + "floor at the export's temporary level%n", round, bare / export, quick / export);
            }
        }
    }

    /** The floor: as many rows of text cells written with nothing but SXSSF, temporary files compressed. */
    private static double floor(String what, SXSSFWorkbook wb, int rows, int columns) throws Exception {
        long t1 = System.nanoTime();
        CountingStream floorOut = new CountingStream();
        try (wb) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("floor");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue(c == 7 ? "52273020150601" + (1000 + r % 9000) : "王小明" + (r % 97));
                }
            }
            wb.write(floorOut);
        }
        double floor = seconds(t1);
        System.out.printf("  floor: %s, %,d rows × %d text cells: %.1f s, %,.0f rows/s%n", what, rows, columns, floor,
                rows / floor);
        return floor;
    }

    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
