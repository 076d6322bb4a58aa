package org.guanai.registry.casework;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.shared.KeysetCursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases a user reads: the inbox of what waits on the user (in pages, with its badge's count), the case list
 * with its filters, a child's cases and the measures they granted. Only cases in the user's scope ({@link CaseAccess}).
 */
@Service
@Transactional(readOnly = true)
public class CaseInbox {

    /** How many cases the case list (with its filters) shows at most; an inbox has pages instead. */
    public static final int LIST_LIMIT = 200;
    /** An inbox page: the county office's and a department's inboxes hold thousands of cases (decision 018). */
    public static final int INBOX_PAGE = 50;
    /**
     * The inbox count stops here; the badge then reads "100+". The badge is on every page: reading up to 1,000
     * case ids for it cost the county office 2-4 ms of the database on each (decision 018).
     */
    public static final int INBOX_COUNT_CAP = 100;
    private static final Comparator<CaseFile> INBOX_ORDER = Comparator.comparing(CaseFile::getDueAt)
            .thenComparing(CaseFile::getId);

    private final CaseAccess access;
    private final CaseFileRepository cases;
    private final CaseActionRepository actions;
    private final EntityManager em;
    private final Clock clock;

    CaseInbox(CaseAccess access, CaseFileRepository cases, CaseActionRepository actions, EntityManager em, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.actions = actions;
        this.em = em;
        this.clock = clock;
    }

    /** A filter of the case list; nulls mean "any". */
    public record CaseFilter(CaseType type, Boolean open, boolean overdueOnly) {
    }

    /** A page of an inbox, and where the next one starts (null on the last page). */
    public record InboxPage(List<CaseFile> cases, String nextCursor) {
    }

    /** The first page of the user's inbox. */
    public InboxPage inbox(SignedInUser actor) {
        return inbox(actor, null);
    }

    /**
     * The cases waiting on the user, overdue first, then by due date, {@link #INBOX_PAGE} at a time from
     * {@code after} (a page's {@link InboxPage#nextCursor()}; null or damaged: the first page). Each arm of the
     * condition (scope × whom the stage waits on) is read in due order from its own index, from the cursor on,
     * and the arms are merged. As one disjunction the database walked the due-date index past every case of the
     * other lines: the county office's inbox took 93 ms on the province set, its arms take about 1 ms each
     * (decision 018).
     */
    public InboxPage inbox(SignedInUser actor, String after) {
        KeysetCursor<Instant> cursor = KeysetCursor.parse(after, Instant::parse);
        Map<String, Object> params = new HashMap<>();
        List<String> scopeArms = access.scope(actor).arms(params);
        List<String> waitingArms = access.waitingOn(actor, params);
        String from = "";
        if (cursor != null) {
            from = " and (c.dueAt, c.id) > (:afterDue, :afterId)";
            params.put("afterDue", cursor.key());
            params.put("afterId", cursor.id());
        }
        Map<Long, CaseFile> merged = new HashMap<>();
        for (String scopeArm : scopeArms) {
            for (String waitingArm : waitingArms) {
                String where = scopeArm + " and c.closed = false and " + waitingArm + from;
                TypedQuery<CaseFile> q = em.createQuery("select c from CaseFile c where " + where
                        + " order by c.dueAt asc, c.id asc", CaseFile.class);
                // An arm names only some of the parameters; Hibernate refuses to bind the others.
                q.getParameters().forEach(p -> q.setParameter(p.getName(), params.get(p.getName())));
                q.setMaxResults(INBOX_PAGE + 1).getResultList().forEach(c -> merged.put(c.getId(), c));
            }
        }
        List<CaseFile> read = merged.values().stream().sorted(INBOX_ORDER).limit(INBOX_PAGE + 1).toList();
        KeysetCursor.Cut<CaseFile> page = KeysetCursor.cut(read, INBOX_PAGE, CaseFile::getDueAt, CaseFile::getId);
        return new InboxPage(page.rows(), page.next());
    }

    /**
     * How many cases wait on the user, counted up to {@link #INBOX_COUNT_CAP}: the badge on every page needs no
     * more, and counting a province's 300,000 open cases on every page render cost 100 ms (decision 018).
     */
    public long inboxCount(SignedInUser actor) {
        Map<String, Object> params = new HashMap<>();
        // The ids of at most CAP cases, in no order, so that the database stops at the CAP-th.
        TypedQuery<Long> q = em.createQuery("select c.id from CaseFile c where " + inboxCondition(actor, params),
                Long.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(INBOX_COUNT_CAP).getResultList().size();
    }

    /** Open cases in the user's scope at a stage that waits on one of the user's parties. */
    private String inboxCondition(SignedInUser actor, Map<String, Object> params) {
        return access.scope(actor).condition(params) + " and c.closed = false and "
                + CaseScope.anyOf(access.waitingOn(actor, params));
    }

    /** Every case in the user's scope that matches the filter, newest first. */
    public List<CaseFile> list(CaseFilter filter, SignedInUser actor) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(access.scope(actor).condition(params));
        if (filter.type() != null) {
            where.append(" and c.type = :type");
            params.put("type", filter.type());
        }
        if (filter.open() != null) {
            where.append(" and c.closed = :closed");
            params.put("closed", !filter.open());
        }
        if (filter.overdueOnly()) {
            where.append(" and c.closed = false and c.dueAt < :now");
            params.put("now", clock.instant());
        }
        return query("select c from CaseFile c where " + where + " order by c.openedAt desc, c.id desc", params)
                .setMaxResults(LIST_LIMIT).getResultList();
    }

    /** The cases of one child that the user may see (for the child's page). */
    public List<CaseFile> ofChild(long childId, SignedInUser actor) {
        CaseScope scope = access.scope(actor);
        return cases.findByChildIdOrderByOpenedAtDescIdDesc(childId).stream().filter(scope::covers).toList();
    }


    /** The cases of one elder that the user may see (for the elder's page). */
    public List<CaseFile> ofElder(long elderId, SignedInUser actor) {
        CaseScope scope = access.scope(actor);
        return cases.findByElderIdOrderByOpenedAtDescIdDesc(elderId).stream().filter(scope::covers).toList();
    }

    /** The measures granted by the safety-net cases (兜底保障) among {@code visibleCases}, oldest first. */
    public List<CaseAction> measuresGranted(List<CaseFile> visibleCases) {
        List<Long> ids = visibleCases.stream().filter(c -> c.getType() == CaseType.SAFETY_NET)
                .map(CaseFile::getId).toList();
        return ids.isEmpty() ? List.of() : actions.findByCaseIdInAndStepOrderByAtAsc(ids, "grant");
    }

    private TypedQuery<CaseFile> query(String jpql, Map<String, Object> params) {
        TypedQuery<CaseFile> q = em.createQuery(jpql, CaseFile.class);
        params.forEach(q::setParameter);
        return q;
    }
}
