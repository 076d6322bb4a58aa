package org.guanai.registry.casework;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.account.SignedInUser;
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

    private final CaseAccess cases;
    private final EntityManager em;
    private final RegistryProperties properties;
    private final Clock clock;

    CaseFigures(CaseAccess cases, EntityManager em, RegistryProperties properties, Clock clock) {
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
    public List<TypeCount> openByType(SignedInUser actor) {
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

    /**
     * Opened and closed per month for the last {@code months} months up to this one, oldest first. The month
     * boundaries are instants computed here in the installation's zone, so the database counts between them
     * whatever its own zone, and returns one row instead of every case of the year.
     */
    public List<MonthCount> perMonth(SignedInUser actor, int months) {
        ZoneId zone = properties.timeZone();
        YearMonth last = YearMonth.now(clock.withZone(zone));
        YearMonth first = last.minusMonths(months - 1L);
        Map<String, Object> params = new HashMap<>();
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i <= months; i++) {
            params.put("b" + i, first.plusMonths(i).atDay(1).atStartOfDay(zone).toInstant());
        }
        for (String event : List.of("openedAt", "closedAt")) {
            for (int i = 0; i < months; i++) {
                counts.append(counts.isEmpty() ? "" : ", ").append("sum(case when c.").append(event).append(" >= :b")
                        .append(i).append(" and c.").append(event).append(" < :b").append(i + 1)
                        .append(" then 1 else 0 end)");
            }
        }
        Object[] row = query("select " + counts + " from CaseFile c where " + cases.scope(actor).condition(params)
                + " and (c.openedAt >= :b0 or c.closedAt >= :b0)", params).getSingleResult();
        List<MonthCount> list = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            list.add(new MonthCount(first.plusMonths(i), number(row[i]), number(row[months + i])));
        }
        return list;
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    /** Open cases past their due date in the user's scope, by owner organisation (null: not routed). */
    public Map<Long, Long> overdueByOwner(SignedInUser actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", clock.instant());
        Map<Long, Long> byOwner = new HashMap<>();
        query("select c.ownerOrganisationId, count(c) from CaseFile c where " + cases.scope(actor).condition(params)
                + " and c.closed = false and c.dueAt < :now group by c.ownerOrganisationId", params)
                .getResultList().forEach(row -> byOwner.put((Long) row[0], (Long) row[1]));
        return byOwner;
    }

    private TypedQuery<Object[]> query(String jpql, Map<String, Object> params) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        params.forEach(q::setParameter);
        return q;
    }
}
