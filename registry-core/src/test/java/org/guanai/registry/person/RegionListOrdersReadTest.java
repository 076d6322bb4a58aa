package org.guanai.registry.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A region's roster list in each order it offers (PersonListQuery) can be read from an index of the region's active
 * people alone: its key targets' (V46), all its children and elders (V49). Otherwise a county's were found by walking
 * the whole installation's order of names, births or visits, or a region's read from the table to be sorted. Asked
 * with sequential and bitmap scans discouraged, so the plan shows whether an index alone can answer, whatever the
 * table's size (the test's few people would be read whole by choice).
 */
@SpringBootTest
class RegionListOrdersReadTest {

    /** The indexes of a whole table's orders, which a region's list should not need. */
    private static final String CHILDREN_ORDERS = "child_pinyin_order_idx, child_birth_idx, child_visit_order_idx";
    private static final String ELDERS_ORDERS = "elder_pinyin_order_idx";

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> listsAndOrders() {
        List<String> orders = List.of("p.pinyin_full, p.id", "p.birth_date, p.id",
                "coalesce(p.last_visit_date, date '1900-01-01'), p.id", "p.id desc");
        return Stream.of(
                Arguments.of("child", " and p.key_target", CHILDREN_ORDERS),
                Arguments.of("child", "", CHILDREN_ORDERS),
                Arguments.of("elder", "", ELDERS_ORDERS))
                .flatMap(list -> orders.stream().map(order -> Arguments.of(list.get()[0], list.get()[1], order,
                        list.get()[2])));
    }

    @ParameterizedTest(name = "{0}{1} by {2}")
    @MethodSource("listsAndOrders")
    void aCountysListIsSortedFromAnIndexAlone(String table, String condition, String order, String tableOrders) {
        jdbc.execute("vacuum " + table); // its pages all visible, as autovacuum leaves a working table's
        // The whole table's order indexes are taken away in a transaction rolled back after, so that what is left is
        // the choice between reading the region's rows and reading an index alone.
        String plan = jdbc.execute((ConnectionCallback<String>) connection -> {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("set local enable_seqscan = off");
                s.execute("set local enable_bitmapscan = off");
                s.execute("drop index " + tableOrders);
                StringBuilder lines = new StringBuilder();
                try (ResultSet rs = s.executeQuery("""
                        explain (costs off) select p.id from %s p
                         where p.village_code between '522730000000' and '522730999999'
                           and p.status = 'ACTIVE'%s
                         order by %s limit 50""".formatted(table, condition, order))) {
                    while (rs.next()) {
                        lines.append(rs.getString(1)).append('\n');
                    }
                }
                return lines.toString();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
        assertThat(plan).contains("Index Only Scan using " + table + "_active_").doesNotContain("Index Scan");
    }
}
