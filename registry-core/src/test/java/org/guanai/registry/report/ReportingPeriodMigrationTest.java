package org.guanai.registry.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.guanai.registry.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The upgrade to reporting periods (V28) on a database of its own: a report written before it counted its quarter's
 * events as recorded by its submission, so its period ends there, or at the quarter's end if it came later.
 */
class ReportingPeriodMigrationTest {

    @Test
    void reportsBeforeTheUpgradeEndAtTheirSubmissionOrTheirQuartersEnd() {
        TestPostgres.Connection c = TestPostgres.database("v28_periods_" + System.nanoTime() % 100_000);
        DriverManagerDataSource ds = new DriverManagerDataSource(c.jdbcUrl(), c.username(), c.password());
        Flyway.configure().dataSource(ds).locations("filesystem:../db/migration").target("27").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("insert into region (code, name, level) values ('522730100000', '龙山镇', 'TOWN')");
        long inside = report(jdbc, "2026-Q3", "2026-09-20 10:00:00+08"); // before the quarter's end
        long late = report(jdbc, "2026-Q2", "2026-07-05 10:00:00+08");   // after it
        long early = report(jdbc, "2026-Q4", "2026-09-28 10:00:00+08");  // before its quarter began

        Flyway.configure().dataSource(ds).locations("filesystem:../db/migration").target("28").load().migrate();

        assertThat(period(jdbc, inside)).isEqualTo("2026-07-01 00:00:00+08 – 2026-09-20 10:00:00+08");
        assertThat(period(jdbc, late)).isEqualTo("2026-04-01 00:00:00+08 – 2026-07-01 00:00:00+08");
        assertThat(period(jdbc, early)).isEqualTo("2026-10-01 00:00:00+08 – 2026-10-01 00:00:00+08");
    }

    private static long report(JdbcTemplate jdbc, String quarter, String submittedAt) {
        return jdbc.queryForObject("""
                insert into quarterly_report (region_code, quarter, revision, status, leader_name, submitted_by,
                                              submitted_at, late, children_count, elders_count)
                values ('522730100000', ?, 1, 'APPROVED', '镇长', 'longshan', ?::timestamptz, false, 0, 0)
                returning id
                """, Long.class, quarter, submittedAt);
    }

    private static String period(JdbcTemplate jdbc, long id) {
        return jdbc.queryForObject("""
                select to_char(period_from at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') || '+08 – '
                    || to_char(period_to at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') || '+08'
                from quarterly_report where id = ?
                """, String.class, id);
    }
}
