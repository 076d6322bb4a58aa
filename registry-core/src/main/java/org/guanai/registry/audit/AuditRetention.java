package org.guanai.registry.audit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.guanai.registry.shared.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes audit events older than {@code registry.audit.retention} once a night, on one node only (ShedLock),
 * and records that it did. The database refuses to delete anything younger than six months, so a wrong setting
 * cannot shorten the log below the minimum the programme requires.
 */
@Component
public class AuditRetention {

    static final String LOCK = "audit-retention";
    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final Clock clock;

    AuditRetention(JdbcTemplate jdbc, TransactionTemplate transaction, AuditService audit,
            RegistryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The nightly purge. The lock is held at least five minutes, so a second node whose clock fires a little
     * later finds it taken and skips the night's run.
     */
    @Scheduled(cron = "${registry.audit.purge-cron:0 30 3 * * *}", zone = "${registry.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void purgeNightly() {
        purge();
    }

    /** Deletes the events older than the retention period; returns how many. */
    public int purge() {
        Instant before = clock.instant().minus(properties.audit().retention());
        Integer deleted = transaction.execute(status -> {
            jdbc.execute("set local registry.audit_purge = 'on'");
            int n = jdbc.update("delete from audit_event where occurred_at < ?", Timestamp.from(before));
            // The once-a-day keys of reads are needed for today only (AuditService#recordOncePerDay).
            jdbc.update("delete from audit_daily where day < ?", Date.valueOf(properties.today(clock).minusDays(1)));
            audit.recordWithChange(AuditAction.AUDIT_PURGED, "audit_event", null,
                    n + " events before " + before + " (retention " + properties.audit().retention().toDays()
                            + " days)");
            return n;
        });
        log.info("Audit retention: deleted {} events older than {}.", deleted, before);
        return deleted == null ? 0 : deleted;
    }
}
