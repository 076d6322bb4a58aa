package org.guanai.registry.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.region.RegionCodeRange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The care figures' people under 包保 and overdue read a region's active children and elders from their indexes
 * alone (V47), not from the tables: a county of a province's installation has tens of thousands. Asked with
 * sequential and bitmap scans discouraged, so the plan shows whether the indexes alone can answer, whatever the
 * tables' size.
 */
@SpringBootTest
class CareFiguresReadTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theUnderCareAndOverdueReadTheActivePeoplesIndexesAlone() {
        jdbc.execute("vacuum child, elder"); // their pages all visible, as autovacuum leaves a working table's
        String plan = jdbc.execute((ConnectionCallback<String>) connection -> {
            connection.setAutoCommit(false);
            try {
                var statements = connection.createStatement();
                statements.execute("set local enable_seqscan = off");
                statements.execute("set local enable_bitmapscan = off");
                NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(
                        new SingleConnectionDataSource(connection, true));
                List<String> lines = named.queryForList("explain (costs off) " + CareFigures.UNDER_CARE_AND_OVERDUE_SQL,
                        RegionCodeRange.params("522730").addValue("to", LocalDate.of(2026, 12, 31)), String.class);
                return String.join("\n", lines);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
        assertThat(plan).contains("Index Only Scan using child_active_visit_idx")
                .contains("Index Only Scan using elder_active_village_order_idx");
    }
}
