package org.guanai.registry.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.WebTestSupport;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.roster.ChildRoster;
import org.guanai.registry.roster.RosterColumn;
import org.guanai.registry.roster.RosterExports;
import org.guanai.registry.roster.RosterHeading;
import org.guanai.registry.roster.RosterWriter;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An export's people come in roster order, read in chunks by one statement prepared on the server (decision 039), every
 * part of their facts present even where all its columns are empty (what the registration forms read through), and the
 * connection goes back to the pool as it was.
 */
@WebIntegrationTest
class RosterReadsIntegrationTest {

    @Autowired
    ChildService children;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    RosterExports exports;
    @Autowired
    ChildRoster roster;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCountysRosterComesInRosterOrderWithEveryPartThroughOnePreparedStatement() {
        List<String> expected = jdbc.queryForList("select name || ' ' || birth_date from child where village_code "
                + "like '522730%' and status = 'ACTIVE' order by village_code, pinyin_full, id", String.class);
        List<String> handedOver = new ArrayList<>();
        List<String> partsMissing = new ArrayList<>();
        List<String> prepared = new ArrayList<>();
        AtomicReference<PGConnection> used = new AtomicReference<>();
        children.forEachInRoster(ChildFilter.none(), Jurisdiction.region(RegionCode.of("522730000000")), d -> {
            handedOver.add(d.getName() + " " + d.getBirthDate());
            if (d.getDelegate() == null || d.getFather() == null || d.getMother() == null || d.getGrandfather() == null
                    || d.getGrandmother() == null || d.getMaternalGrandfather() == null
                    || d.getMaternalGrandmother() == null) {
                partsMissing.add(d.getName());
            }
            if (used.get() == null) { // the transaction's connection, where its named statements are
                used.set(WebTestSupport.transactionsConnection(dataSource));
                prepared.addAll(jdbc.queryForList("select statement from pg_prepared_statements", String.class));
            }
        });

        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(handedOver).containsExactlyElementsOf(expected);
        assertThat(jdbc.queryForObject("select count(*) from child where village_code like '522730%' and status = "
                + "'ACTIVE' and num_nulls(delegate_elder_id, delegate_name, delegate_id_number, delegate_phone, "
                + "delegate_relation, delegate_address) = 6",
                Integer.class)).isPositive(); // children whose delegate's columns are all empty are among them
        assertThat(partsMissing).isEmpty();
        assertThat(prepared).anyMatch(s -> s.contains("from child c1_0 where c1_0.id in ($1,"));
        assertThat(used.get().getPrepareThreshold()).isZero();
    }

    /**
     * A department's export is read among its own children only (RosterExports#children): the list's filter and
     * roster order hold among them, and those outside the jurisdiction or the filter stay out.
     */
    @Test
    void aRosterAmongGivenChildrenKeepsTheFilterAndTheRosterOrder() {
        List<Long> county = jdbc.queryForList("select id from child where village_code like '522730%' "
                + "and status = 'ACTIVE' order by village_code, pinyin_full, id", Long.class);
        Set<Long> among = new HashSet<>();
        for (int i = 0; i < county.size(); i += 3) {
            among.add(county.get(i));
        }
        among.addAll(jdbc.queryForList("select id from child where village_code not like '522730%' limit 5",
                Long.class));
        among.addAll(jdbc.queryForList("select id from child where village_code like '522730%' "
                + "and status <> 'ACTIVE' limit 5", Long.class));
        List<String> expected = county.stream().filter(among::contains).map(this::nameAndBirth).toList();
        List<String> handedOver = new ArrayList<>();

        children.forEachInRoster(ChildFilter.none(), Jurisdiction.region(RegionCode.of("522730000000")), among,
                d -> handedOver.add(d.getName() + " " + d.getBirthDate()));
        List<String> none = new ArrayList<>();
        children.forEachInRoster(ChildFilter.none(), Jurisdiction.region(RegionCode.of("522730000000")), Set.of(),
                d -> none.add(d.getName()));

        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(handedOver).containsExactlyElementsOf(expected);
        assertThat(none).isEmpty();
    }

    private String nameAndBirth(long id) {
        return jdbc.queryForObject("select name || ' ' || birth_date from child where id = ?", String.class, id);
    }

    /**
     * A roster longer than a read's chunk (500) and than the batches its rows are written in (256 rows, eight of them
     * ahead: decision 042), exported whole: every child once, in roster order, across chunks and batches. The extra
     * children are copies of the county's, without numbers, in a transaction rolled back afterwards.
     */
    @Test
    void anExportLongerThanAChunkHasEveryChildOnceInRosterOrder() throws Exception {
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            List<String> columns = WebTestSupport.writtenColumns(jdbc, "child");
            String copied = columns.stream().map(c -> switch (c) {
                case "id" -> "id + 100000000 * k";
                case "id_number" -> "null";
                default -> c;
            }).collect(Collectors.joining(", "));
            jdbc.update("insert into child (" + String.join(", ", columns) + ") select " + copied + " from child, "
                    + "generate_series(1, 5) k where village_code like '522730%' and status = 'ACTIVE' "
                    + "and id < 100000000");
            List<String> expected = jdbc.queryForList("select name from child where village_code like '522730%' "
                    + "and status = 'ACTIVE' order by village_code, pinyin_full, id", String.class);
            assertThat(expected).hasSizeGreaterThan(1_000); // three chunks, the last one partial

            ByteArrayOutputStream file = new ByteArrayOutputStream();
            Jurisdiction county = Jurisdiction.region(RegionCode.of("522730000000"));
            try {
                exports.children(ChildFilter.none(), null, new SignedInUser(null, "county", "县留守办", Role.COUNTY,
                        county), new RosterHeading("龙里县", "龙里县民政局", "2026年第4季度", LocalDate.of(2026, 12, 4)),
                        () -> file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> written = new ArrayList<>();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
                XSSFSheet sheet = wb.getSheetAt(0);
                int first = RosterWriter.firstDataRow(roster.layout());
                int nameColumn = roster.layout().columns().stream().map(RosterColumn::header).toList().indexOf("姓名");
                for (int r = first; r < first + expected.size(); r++) {
                    assertThat(sheet.getRow(r).getCell(0).getNumericCellValue()).isEqualTo(r - first + 1);
                    written.add(sheet.getRow(r).getCell(nameColumn).getStringCellValue());
                }
                // then the blank line before the footer
                assertThat((Object) sheet.getRow(first + expected.size())).isNull();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(written).containsExactlyElementsOf(expected);
            status.setRollbackOnly();
        });
    }
}
