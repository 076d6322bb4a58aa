package org.guanai.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.guanai.registry.testsupport.Burst;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AuditTrailTest {

    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditWriter writer;

    @Test
    void aReadIsWrittenOncePerUserObjectAndDayAndTheNodeRemembersTheKeysItKnows() {
        Actor reader = new Actor(990_001L, "daily-test", "10.0.0.4", null);
        LocalDate today = LocalDate.of(2026, 12, 4);
        Runnable read = () -> writer.insertOncePerDay(new AuditEvent(Instant.parse("2026-12-04T02:00:00Z"), reader,
                AuditAction.VIEW_PERSON, "child", "77", AuditOutcome.SUCCESS, null), today);
        read.run();
        read.run();
        assertThat(dailyRows()).isEqualTo(1);

        // The node remembers the key: with the database's key gone behind its back, it still asks nothing.
        jdbc.update("delete from audit_daily where account_id = 990001");
        read.run();
        assertThat(dailyRows()).isEqualTo(1);
        // A node that does not know the key (another, or this one restarted) asks the database, which decides.
        writer.forgetDailyKeys();
        read.run();
        assertThat(dailyRows()).isEqualTo(2);
        writer.forgetDailyKeys();
        read.run();
        assertThat(dailyRows()).isEqualTo(2);

        writer.insertOncePerDay(new AuditEvent(Instant.parse("2026-12-05T02:00:00Z"), reader, AuditAction.VIEW_PERSON,
                "child", "77", AuditOutcome.SUCCESS, null), today.plusDays(1));
        assertThat(dailyRows()).isEqualTo(3);
    }

    private int dailyRows() {
        return jdbc.queryForObject("select count(*) from audit_event where actor_username = 'daily-test'",
                Integer.class);
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateAuditRows() {
        audit.record(new Actor(null, "trail-test", "10.0.0.1", null), AuditAction.LOGOUT, "account", 1, AuditOutcome.SUCCESS,
                "x");
        long id = jdbc.queryForObject("select max(id) from audit_event where actor_username = 'trail-test'", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'changed' where id = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select detail from audit_event where id = ?", String.class, id))
                .isEqualTo("x");
    }

    @Test
    void refusalsAuditedInsideABurstOfTransactionsNeverWaitForASecondConnection() throws Exception {
        // Three times as many requests as the application's pool has connections, each holding one in its
        // transaction and auditing a refusal before it rolls back: written in a new transaction on the same
        // pool, each waited for a second connection and the burst deadlocked the pool.
        int requests = 24;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Burst.of(requests, i -> assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> {
            jdbc.queryForObject("select 1", Integer.class);
            audit.record(new Actor(null, "burst-test", "10.0.0.3", null), AuditAction.ACCESS_DENIED, "child", i,
                    AuditOutcome.DENIED, "burst");
            throw new IllegalStateException("refused");
        })).hasMessage("refused"));
        // Every refusal left its row although every transaction rolled back.
        assertThat(jdbc.queryForObject("select count(distinct object_id) from audit_event where actor_username = "
                + "'burst-test'", Integer.class)).isEqualTo(requests);
    }

    @Test
    void searchFiltersByUserActionAndDate() {
        audit.record(new Actor(null, "search-test", "10.0.0.2", "522730000000"), AuditAction.PASSWORD_CHANGED,
                "account", 2, AuditOutcome.SUCCESS, null);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        TrailScope longli = TrailScope.countyOffice("522730000000");
        var found = audit.search(new AuditQuery("SEARCH-test", AuditAction.PASSWORD_CHANGED, null, null, null), longli,
                zone, PageRequest.of(0, 10), 1_000);
        assertThat(found.getContent()).extracting(AuditEvent::getActorUsername).containsOnly("search-test");
        assertThat(found.getTotalElements()).isPositive();

        var none = audit.search(new AuditQuery("search-test", AuditAction.LOGIN, null, null, null), longli, zone,
                PageRequest.of(0, 10), 1_000);
        assertThat(none.getContent()).isEmpty();

        var past = audit.search(new AuditQuery("search-test", null, null, LocalDate.of(2000, 1, 1),
                LocalDate.of(2000, 1, 2)), longli, zone, PageRequest.of(0, 10), 1_000);
        assertThat(past.getContent()).isEmpty();

        var otherCounty = audit.search(new AuditQuery("search-test", null, null, null, null),
                TrailScope.countyOffice("220623000000"), zone, PageRequest.of(0, 10), 1_000);
        assertThat(otherCounty.getContent()).isEmpty();
        var province = audit.search(new AuditQuery("search-test", null, null, null, null),
                TrailScope.auditor("520000000000"), zone, PageRequest.of(0, 10), 1_000);
        assertThat(province.getContent()).isNotEmpty();
    }

    /**
     * A search by who acted, as typed, reads that user's rows from their own index (V44), whatever the trail's size:
     * told not to read a table whole, PostgreSQL would otherwise walk the time index through every row.
     */
    @Test
    void aSearchByWhoActedIsServedByTheLoweredNamesIndex() {
        assertThat(planOf("""
                select * from audit_event e
                 where (e.county_code between '522730000000' and '522730999999' or e.county_code is null)
                   and lower(e.actor_username) = lower('Longshan')
                   and e.occurred_at >= '1970-01-01' and e.occurred_at < now()
                 order by e.occurred_at desc, e.id desc limit 50
                """)).contains("audit_event_actor_lower_idx");
    }

    /**
     * A county office's search by action, or by an outcome other than success, reads those rows of its county newest
     * first from their own index (V45), not every row of the county to sort them: the county is read by its code
     * (TrailScope#county), not as a range of codes, which gives its rows in no time order.
     */
    @Test
    void aCountysSearchByActionOrOutcomeIsServedByItsOwnIndex() {
        assertThat(TrailScope.countyOffice("522730000000").county()).isEqualTo("522730000000");
        assertThat(TrailScope.auditor("522730000000").county()).isNull();
        // a county's trail of many successful logins and few exports and failures, as a county's is: read in time
        // order, a search for those would walk the logins
        String county = "990100000000";
        jdbc.update("""
                insert into audit_event (id, occurred_at, actor_username, action, outcome, county_code)
                select nextval('audit_event_seq'), now() - n * interval '1 minute', 'trail-test',
                       case when n % 1000 = 0 then 'EXPORT' else 'LOGIN' end,
                       case when n % 700 = 0 then 'FAILURE' else 'SUCCESS' end, ?
                  from generate_series(1, 3000) n""", county);
        jdbc.execute("vacuum analyze audit_event");
        assertThat(planOf("""
                select * from audit_event e
                 where e.county_code = '%s' and e.action = 'EXPORT'
                   and e.occurred_at >= '1970-01-01' and e.occurred_at < now()
                 order by e.occurred_at desc, e.id desc limit 50
                """.formatted(county))).contains("audit_event_county_action_idx").doesNotContain("Sort");
        assertThat(planOf("""
                select * from audit_event e
                 where e.county_code = '%s' and e.outcome = 'FAILURE'
                   and e.occurred_at >= '1970-01-01' and e.occurred_at < now()
                 order by e.occurred_at desc, e.id desc limit 50
                """.formatted(county))).contains("audit_event_county_unsuccessful_idx").doesNotContain("Sort");
        // the capped total of the county's whole trail, from the index alone
        assertThat(planOf("""
                select count(*) from (select e.id from audit_event e
                 where e.county_code = '%s' and e.occurred_at >= '1970-01-01' and e.occurred_at < now()
                 order by e.occurred_at desc, e.id desc limit 10051) matched
                """.formatted(county))).contains("Index Only Scan using audit_event_county_time_idx")
                .doesNotContain("Sort");
    }

    /** The plan of {@code sql} with sequential scans discouraged: which index serves it, whatever the table's size. */
    private String planOf(String sql) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("set enable_seqscan = off");
                StringBuilder lines = new StringBuilder();
                try (ResultSet rs = s.executeQuery("explain (costs off) " + sql)) {
                    while (rs.next()) {
                        lines.append(rs.getString(1)).append('\n');
                    }
                } finally {
                    s.execute("reset enable_seqscan");
                }
                return lines.toString();
            }
        });
    }

    /** The total is counted up to the cap the page asks for: the rows beyond it are not counted, though they are read. */
    @Test
    void theSearchCountsUpToItsCap() {
        Actor actor = new Actor(null, "cap-test", "10.0.0.3", "522730000000");
        for (int i = 0; i < 3; i++) {
            audit.record(actor, AuditAction.PASSWORD_CHANGED, "account", i, AuditOutcome.SUCCESS, null);
        }
        AuditQuery query = new AuditQuery("cap-test", null, null, null, null);
        TrailScope longli = TrailScope.countyOffice("522730000000");
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        assertThat(audit.search(query, longli, zone, PageRequest.of(0, 1), 2).getTotalElements()).isEqualTo(2);
        assertThat(audit.search(query, longli, zone, PageRequest.of(0, 1), 10).getTotalElements()).isEqualTo(3);
        assertThat(audit.search(query, longli, zone, PageRequest.of(2, 1), 2).getContent()).hasSize(1);
    }
}
