package org.guanai.registry.person;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.shared.InsertByCopy;
import org.guanai.registry.shared.KeysetCursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The field-level history of people's records. Written inside the transaction of the change itself,
 * so a change and its history are saved together or not at all.
 */
@Service
public class HistoryService {

    private final RecordChangeRepository changes;
    private final AuditService audit;
    private final Clock clock;
    private final EntityManager entityManager;

    HistoryService(RecordChangeRepository changes, AuditService audit, Clock clock, EntityManager entityManager) {
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** The fields whose value differs between two snapshots, in the snapshots' order. */
    public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<FieldChange> changed = new ArrayList<>();
        for (String key : keys) {
            String b = before.get(key);
            String a = after.get(key);
            if (!Objects.equals(b, a)) {
                changed.add(new FieldChange(key, b, a));
            }
        }
        return changed;
    }

    /**
     * The fields whose full values differ ({@code factsBefore} → {@code factsAfter}), each shown with its
     * displayed (masked) values: a change hidden by the mask is still a change.
     */
    public static List<FieldChange> changes(Map<String, String> factsBefore, Map<String, String> factsAfter,
            Map<String, String> shownBefore, Map<String, String> shownAfter) {
        return diff(factsBefore, factsAfter).stream()
                .map(c -> new FieldChange(c.getField(), shownBefore.get(c.getField()), shownAfter.get(c.getField())))
                .toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(PersonType type, long personId, ChangeAction action, String summary, List<FieldChange> fields) {
        record(type, personId, action, summary, fields, null);
    }

    /** A change made by a roster import: the history names the import. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(PersonType type, long personId, ChangeAction action, String summary, List<FieldChange> fields,
            Long importId) {
        changes.save(new RecordChange(type, personId, clock.instant(), actorName(), action, summary, fields, importId));
    }

    /**
     * One change of the same kind and fields made by a roster import to each of these people, written by COPY
     * (decision 041).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(PersonType type, List<Long> personIds, ChangeAction action, String summary,
            List<FieldChange> fields, long importId) {
        Instant now = clock.instant();
        String actor = actorName();
        InsertByCopy.insert(entityManager, personIds.stream()
                .map(id -> new RecordChange(type, id, now, actor, action, summary, fields, importId)).toList());
    }

    /** A page of a person's history, newest first, and where the next (older) page starts: null on the last. */
    public record HistoryPage(List<RecordChange> changes, String nextCursor) {
    }

    /**
     * {@code size} of a person's changes, newest first, older than {@code after} (a page's
     * {@link HistoryPage#nextCursor()}; null or damaged: the latest). A record's history only grows (every logged
     * visit adds a change), so a person's page shows the latest and pages the rest.
     */
    @Transactional(readOnly = true)
    public HistoryPage page(PersonType type, long personId, String after, int size) {
        KeysetCursor<Instant> cursor = KeysetCursor.parse(after, Instant::parse);
        List<RecordChange> read = cursor == null ? changes.latest(type, personId, size + 1)
                : changes.before(type, personId, cursor.key(), cursor.id(), size + 1);
        KeysetCursor.Cut<RecordChange> page = KeysetCursor.cut(read, size, RecordChange::getChangedAt,
                RecordChange::getId);
        return new HistoryPage(page.rows(), page.next());
    }

    private String actorName() {
        String name = audit.currentActor().username();
        return name == null ? "system" : name;
    }
}
