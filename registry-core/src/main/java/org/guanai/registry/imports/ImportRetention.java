package org.guanai.registry.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.shared.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An uploaded roster holds people's numbers; one that was never confirmed is not kept: once a night, on one node
 * (ShedLock), the file and the error report of every import uploaded more than {@code registry.imports
 * .unconfirmed-kept-for} ago (7 days) and not committed are deleted, and a previewed one becomes discarded. The
 * history keeps who uploaded what, when, its SHA-256 and its counts.
 */
@Component
public class ImportRetention {

    private static final Logger log = LoggerFactory.getLogger(ImportRetention.class);

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final Clock clock;

    ImportRetention(JdbcTemplate jdbc, AuditService audit, RegistryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${registry.imports.purge-cron:0 45 3 * * *}", zone = "${registry.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "import-retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void purgeNightly() {
        purge();
    }

    /** Deletes the files and error reports of the unconfirmed imports past their time; returns how many imports. */
    public int purge() {
        Instant now = clock.instant();
        Instant before = now.minus(properties.imports().unconfirmedKeptFor());
        int purged = jdbc.update("""
                update import_batch set file_content = null, error_report = null, has_error_report = false,
                    status = case when status = 'PREVIEWED' then 'DISCARDED' else status end,
                    finished_by = coalesce(finished_by, 'system'), finished_at = coalesce(finished_at, ?)
                where status <> 'COMMITTED' and uploaded_at < ?
                  and (file_content is not null or error_report is not null)
                """, Timestamp.from(now), Timestamp.from(before));
        if (purged > 0) {
            audit.record(AuditAction.IMPORT_PURGED, "import", null, AuditOutcome.SUCCESS,
                    purged + " unconfirmed imports uploaded before " + before);
            log.info("Import retention: deleted the files of {} unconfirmed imports uploaded before {}.", purged, before);
        }
        return purged;
    }
}
