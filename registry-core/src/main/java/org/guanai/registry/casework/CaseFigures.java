package org.guanai.registry.casework;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of the cases a user may see, for dashboards and supervision: aggregates in the database under the
 * same scope condition as the case lists, so a figure never includes a case its reader could not open.
 */
@Service
@Transactional(readOnly = true)
public class CaseFigures {

    private final CaseService cases;
    private final EntityManager em;
    private final RegistryProperties properties;
    private final Clock clock;

    CaseFigures(CaseService cases, EntityManager em, RegistryProperties properties, Clock clock) {
        this.cases = cases;
        this.em = em;
        this.properties = properties;
        this.clock = clock;
    }

    /** The open cases of one type, and how many of them are past their due date. */
    public record TypeCount(CaseType type, long open, long overdue) {
    }

    /** Cases opened and closed in one month (installation time zone). */
    public record MonthCount(YearMonth month, long opened, long closed) {
    }

    /** Open and overdue cases per type, every type listed (zeros included) in the declared order. */
    public List<TypeCount> openByType(CaseActor actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", clock.instant());
        Map<CaseType, long[]> counts = new EnumMap<>(CaseType.class);
        query("select c.type, count(c), sum(case when c.dueAt < :now then 1 else 0 end) from CaseFile c where "
                + cases.scope(actor).condition(params) + " and c.closed = false group by c.type", params)
                .getResultList().forEach(row -> counts.put((CaseType) row[0],
                        new long[] {(Long) row[1], ((Number) row[2]).longValue()}));
        List<TypeCount> list = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            long[] c = counts.getOrDefault(type, new long[2]);
            list.add(new TypeCount(type, c[0], c[1]));
        }
        return list;
    }

    /** Opened and closed per month for the last {@code months} months up to this one, oldest first. */
    public List<MonthCount> perMonth(CaseActor actor, int months) {
        ZoneId zone = properties.timeZone();
        YearMonth last = YearMonth.now(clock.withZone(zone));
        YearMonth first = last.minusMonths(months - 1L);
        Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        Map<YearMonth, long[]> counts = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.put(m, new long[2]);
        }
        // Two instants per case of the window: bucketing by month in the installation's zone is done here,
        // where the zone is known, rather than in SQL in the database server's zone.
        query("select c.openedAt, c.closedAt from CaseFile c where " + cases.scope(actor).condition(params)
                + " and (c.openedAt >= :from or c.closedAt >= :from)", params).getResultList().forEach(row -> {
                    count(counts, (Instant) row[0], zone, 0);
                    count(counts, (Instant) row[1], zone, 1);
                });
        List<MonthCount> list = new ArrayList<>();
        counts.forEach((m, c) -> list.add(new MonthCount(m, c[0], c[1])));
        return list;
    }

    /** Open cases past their due date in the user's scope, by owner organisation (null: not routed). */
    public Map<Long, Long> overdueByOwner(CaseActor actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", clock.instant());
        Map<Long, Long> byOwner = new HashMap<>();
        query("select c.ownerOrganisationId, count(c) from CaseFile c where " + cases.scope(actor).condition(params)
                + " and c.closed = false and c.dueAt < :now group by c.ownerOrganisationId", params)
                .getResultList().forEach(row -> byOwner.put((Long) row[0], (Long) row[1]));
        return byOwner;
    }

    private static void count(Map<YearMonth, long[]> counts, Instant at, ZoneId zone, int column) {
        if (at != null) {
            long[] c = counts.get(YearMonth.from(at.atZone(zone)));
            if (c != null) {
                c[column]++;
            }
        }
    }

    private TypedQuery<Object[]> query(String jpql, Map<String, Object> params) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        params.forEach(q::setParameter);
        return q;
    }
}
