package org.guanai.registry.casework;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.shared.KeysetCursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    private final CaseAccess access;
    private final CaseFileRepository cases;
    private final CaseActionRepository actions;
    private final EntityManager em;
    private final InboxCounts counts;
    private final Clock clock;

    CaseInbox(CaseAccess access, CaseFileRepository cases, CaseActionRepository actions, EntityManager em,
            InboxCounts counts, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.actions = actions;
        this.em = em;
        this.counts = counts;
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
     * condition (scope × whom the stage waits on) reads the ids and due times of its next cases on its own,
     * from the cursor on; the arms are merged, and only the page's cases are then read whole. As one
     * disjunction the database walked the due-date index past every case of the other lines (decision 018); an
     * arm read whole in due order walked it past every other county's cases of its line, 90 ms for the county
     * office on the province set, where its ids and due times come from an index alone in 2 ms (decision 036).
     */
    public InboxPage inbox(SignedInUser actor, String after) {
        KeysetCursor<Instant> cursor = KeysetCursor.parse(after, Instant::parse);
        Map<String, Object> params = new HashMap<>();
        String from = "";
        if (cursor != null) {
            from = " and (c.dueAt, c.id) > (:afterDue, :afterId)";
            params.put("afterDue", cursor.key());
            params.put("afterId", cursor.id());
        }
        Set<Waiting> merged = new HashSet<>();
        for (String arm : inboxArms(actor, params)) {
            TypedQuery<Waiting> q = em.createQuery("select new " + Waiting.class.getName() + "(c.id, c.dueAt) "
                    + "from CaseFile c where " + arm + from + " order by c.dueAt asc, c.id asc", Waiting.class);
            CaseScope.bindNamed(q, params);
            merged.addAll(q.setMaxResults(INBOX_PAGE + 1).getResultList());
        }
        List<Waiting> read = merged.stream().sorted(Waiting.ORDER).limit(INBOX_PAGE + 1).toList();
        KeysetCursor.Cut<Waiting> page = KeysetCursor.cut(read, INBOX_PAGE, Waiting::dueAt, Waiting::id);
        // A case closed between the two reads has left the inbox; it is not shown.
        List<CaseFile> shown = inOrder(page.rows().stream().map(Waiting::id).toList()).stream()
                .filter(c -> !c.isClosed()).toList();
        return new InboxPage(shown, page.next());
    }

    /** A case waiting in an inbox: its id and when it is due, the inbox's order. */
    public record Waiting(long id, Instant dueAt) {
        static final Comparator<Waiting> ORDER = Comparator.comparing(Waiting::dueAt).thenComparingLong(Waiting::id);
    }

    /**
     * How many cases wait on the user, counted up to {@link #INBOX_COUNT_CAP}: the badge on every page needs no
     * more, and counting a province's 300,000 open cases on every page render cost 100 ms (decision 018). Each
     * arm reads up to the cap of its ids from an index (decision 036); a case in two arms counts once. Read
     * without a transaction of its own: the badge is on every page, and its arms are independent reads.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long inboxCount(SignedInUser actor) {
        Map<String, Object> params = new HashMap<>();
        List<String> arms = inboxArms(actor, params);
        return counts.of(new InboxCounts.Query(arms, params), () -> {
            Set<Long> ids = new HashSet<>();
            for (String arm : arms) {
                TypedQuery<Long> q = em.createQuery("select c.id from CaseFile c where " + arm, Long.class);
                CaseScope.bindNamed(q, params);
                ids.addAll(q.setMaxResults(INBOX_COUNT_CAP).getResultList());
                if (ids.size() >= INBOX_COUNT_CAP) {
                    return INBOX_COUNT_CAP;
                }
            }
            return ids.size();
        });
    }

    /** Open cases in the user's scope at a stage that waits on one of the user's parties, as alternatives. */
    private List<String> inboxArms(SignedInUser actor, Map<String, Object> params) {
        List<String> scopeArms = access.scope(actor).arms(params);
        List<String> waitingArms = access.waitingOn(actor, params);
        List<String> arms = new ArrayList<>();
        for (String scopeArm : scopeArms) {
            for (String waitingArm : waitingArms) {
                arms.add(scopeArm + " and c.closed = false and " + waitingArm);
            }
        }
        return arms;
    }

    /**
     * Every case in the user's scope that matches the filter, newest first, {@link #LIST_LIMIT} at most. Their ids
     * are read first (for a region's scope from an index alone, V40), then the cases: read whole in order, the
     * county office's list walked every case of the province (115-160 ms on the province set, decision 036).
     */
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
        TypedQuery<Long> q = em.createQuery("select c.id from CaseFile c where " + where
                + " order by c.openedAt desc, c.id desc", Long.class);
        params.forEach(q::setParameter);
        return inOrder(q.setMaxResults(LIST_LIMIT).getResultList());
    }

    /** The cases of {@code ids}, in that order. */
    private List<CaseFile> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseFile> byId = new HashMap<>();
        cases.findAllById(ids).forEach(c -> byId.put(c.getId(), c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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
}
