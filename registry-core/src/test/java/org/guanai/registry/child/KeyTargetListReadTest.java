package org.guanai.registry.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A region's key targets in each order the list offers can be read from their own index alone (V46): a county's six
 * thousand were otherwise found by walking the whole installation's order of names, births or visits, or read from
 * the table to be sorted. Asked with sequential and bitmap scans discouraged, so the plan shows whether the index
 * alone can answer, whatever the table's size (the test's few children would be read whole by choice).
 */
@SpringBootTest
class KeyTargetListReadTest {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"p.pinyin_full, p.id", "p.birth_date desc, p.id",
            "coalesce(p.last_visit_date, date '1900-01-01'), p.id", "p.id desc"})
    void aCountysKeyTargetsAreSortedFromTheirIndexAlone(String order) {
        // The indexes of the whole table's orders are taken away in a transaction rolled back after, so that what
        // is left is the choice between reading the key targets' rows and reading their index alone.
        jdbc.execute("vacuum child"); // its pages all visible, as autovacuum leaves a working table's
        String plan = jdbc.execute((ConnectionCallback<String>) connection -> {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("set local enable_seqscan = off");
                s.execute("set local enable_bitmapscan = off");
                s.execute("drop index child_pinyin_order_idx, child_birth_idx, child_visit_order_idx");
                StringBuilder lines = new StringBuilder();
                try (ResultSet rs = s.executeQuery("""
                        explain (costs off) select p.id from child p
                         where p.village_code between '522730000000' and '522730999999'
                           and p.status = 'ACTIVE' and p.key_target
                         order by %s limit 50""".formatted(order))) {
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
        assertThat(plan).contains("Index Only Scan using child_active_key_target");
    }
}
