package org.guanai.registry.history;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.person.PersonType;
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

    HistoryService(RecordChangeRepository changes, AuditService audit, Clock clock) {
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
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

    @Transactional(readOnly = true)
    public List<RecordChange> of(PersonType type, long personId) {
        return changes.findByPersonTypeAndPersonIdOrderByChangedAtDescIdDesc(type, personId);
    }

    private String actorName() {
        String name = audit.currentActor().username();
        return name == null ? "system" : name;
    }
}
