package org.guanai.registry.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.guanai.registry.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Decision 050 (V42): a vacuum of the people's tables clears their indexes however few pages hold dead rows, so the
 * pages of one village's changed children become all-visible again and its list reads from the index alone.
 * PostgreSQL's default skips the indexes when under 2 % of a table's pages hold dead rows, and those pages then
 * stay not all-visible: this test's list fetched the heap for every row of the changed village.
 */
class PersonTablesVacuumTest {

    private static final int CHILDREN = 20_000;
    private static final String VILLAGE = "522730100201";
    private static final List<String> V42_OPTIONS = List.of("autovacuum_vacuum_scale_factor=0.01",
            "autovacuum_vacuum_insert_scale_factor=0.01", "autovacuum_analyze_scale_factor=0.01",
            "vacuum_index_cleanup=on");

    @Test
    void aVacuumAfterAFewChangesLeavesTheirListReadFromTheIndexAlone() throws SQLException {
        TestPostgres.Connection c = TestPostgres.database("v42_vacuum_" + System.nanoTime() % 100_000);
        Flyway.configure().dataSource(new DriverManagerDataSource(c.jdbcUrl(), c.username(), c.password()))
                .locations("filesystem:../db/migration").load().migrate();
        try (var connection = DriverManager.getConnection(c.jdbcUrl(), c.username(), c.password());
             Statement s = connection.createStatement()) {
            // As in production: a vacuum marks a page all-visible only once its rows' commits are on disk, which the
            // test database's asynchronous commits leave for the WAL writer's next round.
            s.execute("set synchronous_commit = on");
            s.execute("insert into region (code, name, level) values ('520000000000', '贵州省', 'PROVINCE')");
            s.execute("insert into region (code, name, level, parent_code) values ('522730100201', '中坝村', 'VILLAGE',"
                    + " '520000000000'), ('522730100202', '新寨村', 'VILLAGE', '520000000000')");
            // The village's 40 children sit together on one or two of the table's pages, far under 2 % of them.
            s.execute("insert into child (id, left_behind, in_difficulty, name, sex, birth_date, has_hukou, village_code,"
                    + " created_at, updated_at) select nextval('child_seq'), true, false, '测试' || i, 'FEMALE',"
                    + " date '2016-01-01', true, case when i <= 40 then '" + VILLAGE + "' else '522730100202' end,"
                    + " now(), now() from generate_series(1, " + CHILDREN + ") i");
            s.execute("vacuum (analyze) child");
            s.execute("update child set last_visit_date = date '2026-12-01' where village_code = '" + VILLAGE + "'");
            s.execute("vacuum child"); // as autovacuum runs it: the table's own options

            assertThat(heapFetchesOfTheVillagesList(s)).isZero();
            assertThat(pageCount(s)).as("pages, of which the village's three at most are under 2 %").isGreaterThan(150);
            assertThat(options(s, "child")).containsAll(V42_OPTIONS);
            assertThat(options(s, "elder")).containsAll(V42_OPTIONS);
            assertThat(options(s, "case_file")).containsAll(V42_OPTIONS);
        }
    }

    /** The village's ids from child_village_idx, as a list's page reads them. */
    private static long heapFetchesOfTheVillagesList(Statement s) throws SQLException {
        s.execute("set enable_seqscan = off");
        s.execute("set enable_bitmapscan = off");
        long fetches = -1;
        try (ResultSet rs = s.executeQuery("explain (analyze, costs off, timing off, summary off) select id from child"
                + " where village_code = '" + VILLAGE + "' order by id")) {
            while (rs.next()) {
                String line = rs.getString(1).strip();
                if (line.startsWith("Index Only Scan")) {
                    assertThat(line).contains("child_village_idx");
                } else if (line.startsWith("Heap Fetches:")) {
                    fetches = Long.parseLong(line.substring("Heap Fetches:".length()).strip());
                }
            }
        }
        return fetches;
    }

    private static long pageCount(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select relpages from pg_class where relname = 'child'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> options(Statement s, String table) throws SQLException {
        List<String> options = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select unnest(reloptions) from pg_class where relname = '" + table + "'")) {
            while (rs.next()) {
                options.add(rs.getString(1));
            }
        }
        return options;
    }
}
