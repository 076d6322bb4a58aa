package org.guanai.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** An uploaded roster that was never confirmed is deleted after seven days; a committed import's record stays. */
@SpringBootTest
class ImportRetentionTest {

    @Autowired
    ImportRetention retention;
    @Autowired
    JdbcTemplate jdbc;

    private long batch(String status, Duration age) {
        return jdbc.queryForObject("""
                insert into import_batch (person_type, region_code, file_name, file_sha256, file_size, file_content,
                    status, rows_total, rows_new, rows_changed, rows_unchanged, rows_error, rows_conflict, rows_hidden,
                    error_report, has_error_report, uploaded_by, uploaded_at)
                values ('CHILD', '522730100000', 'roster.xlsx', 'x', 3, ?, ?, 1, 1, 0, 0, 0, 0, 0, ?, true, 'longshan', ?)
                returning id""", Long.class, "PK".getBytes(), status, "errors".getBytes(),
                Timestamp.from(Instant.now().minus(age)));
    }

    @Test
    void unconfirmedImportsOlderThanSevenDaysLoseTheirFilesAndReports() {
        long old = batch("PREVIEWED", Duration.ofDays(8));
        long oldInvalid = batch("INVALID", Duration.ofDays(8));
        long recent = batch("PREVIEWED", Duration.ofDays(6));
        long committed = batch("COMMITTED", Duration.ofDays(30));

        assertThat(retention.purge()).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.queryForObject("select status from import_batch where id = ?", String.class, old))
                .isEqualTo("DISCARDED");
        for (long id : new long[] {old, oldInvalid}) {
            assertThat(jdbc.queryForObject("select file_content is null and error_report is null and not "
                    + "has_error_report from import_batch where id = ?", Boolean.class, id)).isTrue();
        }
        assertThat(jdbc.queryForObject("select file_content is not null from import_batch where id = ?", Boolean.class,
                recent)).isTrue();
        assertThat(jdbc.queryForObject("select error_report is not null from import_batch where id = ?", Boolean.class,
                committed)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'IMPORT_PURGED'",
                Integer.class)).isPositive();
    }
}
