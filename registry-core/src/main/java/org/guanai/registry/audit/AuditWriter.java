package org.guanai.registry.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes one audit row at once, committed on its own, over a few connections of its own. A row that must
 * outlive the caller's transaction (a refusal that rolls it back) used to be written in a new transaction on
 * the application's pool: the caller held one connection and waited for a second, and a burst of such
 * requests held every connection, each waiting for another, until the pool's timeout (decision 016).
 * These connections are held for one insert only and never wait for the application's pool, so no such
 * cycle can form. The pool has the application's database settings and {@link #CONNECTIONS} connections.
 */
@Component
class AuditWriter implements DisposableBean {

    static final int CONNECTIONS = 3;
    /** At most this many once-a-day keys are remembered (some 200 bytes each); past it, all are forgotten. */
    static final int DAILY_KEYS_KEPT = 50_000;

    /** A key of {@code audit_daily}: one user's read of one object on one day. */
    private record DailyKey(LocalDate day, Long accountId, AuditAction action, String objectType, String objectId) {
    }

    private final HikariDataSource own;
    private final JdbcTemplate jdbc;
    /** The once-a-day keys this node knows {@code audit_daily} holds: written by it, or found there. */
    private final Set<DailyKey> dailyKeys = ConcurrentHashMap.newKeySet();

    AuditWriter(DataSource application) throws SQLException {
        HikariDataSource app = application.unwrap(HikariDataSource.class);
        own = new HikariDataSource();
        own.setJdbcUrl(app.getJdbcUrl());
        own.setUsername(app.getUsername());
        own.setPassword(app.getPassword());
        own.setDataSourceProperties(app.getDataSourceProperties());
        own.setConnectionTimeout(app.getConnectionTimeout());
        own.setMaximumPoolSize(CONNECTIONS);
        own.setMinimumIdle(1);
        own.setPoolName(app.getPoolName() + "-audit");
        jdbc = new JdbcTemplate(own);
    }

    /** The columns of a row and the placeholders of their values, for both inserts below. */
    private static final String ROW = "audit_event (id, occurred_at, actor_account_id, actor_username, ip, action, "
            + "object_type, object_id, outcome, detail, county_code)";
    private static final String VALUES = "nextval('audit_event_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    void insert(AuditEvent e) {
        jdbc.update("insert into " + ROW + " values (" + VALUES + ")", values(e));
    }

    /**
     * Writes the row only if the actor has no row of this action on this object on {@code day} yet: the check and the
     * insert are one statement (a key in {@code audit_daily}, then the row when the key was new). A key this node has
     * written or found there is remembered ({@link #DAILY_KEYS_KEPT}) and asks the database nothing again: a person's
     * page is opened again and again on a working day, and the key of a day is deleted only after the day has passed.
     */
    void insertOncePerDay(AuditEvent e, LocalDate day) {
        DailyKey key = new DailyKey(day, e.getActorAccountId(), e.getAction(), e.getObjectType(), e.getObjectId());
        if (dailyKeys.contains(key)) {
            return;
        }
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(day), e.getActorAccountId(), e.getAction().name(),
                e.getObjectType(), e.getObjectId()));
        args.addAll(Arrays.asList(values(e)));
        jdbc.update("with first as (insert into audit_daily (day, account_id, action, object_type, object_id) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing returning 1) insert into " + ROW + " select " + VALUES
                + " from first", args.toArray());
        if (dailyKeys.size() >= DAILY_KEYS_KEPT) {
            dailyKeys.clear(); // the database still has them: at worst one statement more each
        }
        dailyKeys.add(key);
    }

    /** Forgets the keys this node remembers (as after a restart); the database's keys still hold. */
    void forgetDailyKeys() {
        dailyKeys.clear();
    }

    private static Object[] values(AuditEvent e) {
        return new Object[] {Timestamp.from(e.getOccurredAt()), e.getActorAccountId(), e.getActorUsername(), e.getIp(),
                e.getAction().name(), e.getObjectType(), e.getObjectId(), e.getOutcome().name(), e.getDetail(),
                e.getCountyCode()};
    }

    @Override
    public void destroy() {
        own.close();
    }
}
