package org.guanai.registry.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ChangeAction;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.FieldChange;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.HistoryService;
import org.guanai.registry.person.PersonDetails;
import org.guanai.registry.person.PersonRecord;
import org.guanai.registry.person.PersonRegistry;
import org.guanai.registry.person.PersonType;

/**
 * A registry of people as a roster import sees it, children's or elders': finding the people a roster names, the
 * registry's own checks, and writing them with the version check and the history entry that names the import. Each
 * kind supplies only the blank details of a person first seen in its roster.
 */
public abstract class RegistryImportTarget<P extends PersonRecord<D>, D extends PersonDetails>
        implements ImportTarget<D> {

    private static final int LOOKUP_CHUNK = 1000;

    private final PersonRegistry<P, D, ?, ?> registry;
    private final HistoryService history;

    protected RegistryImportTarget(PersonRegistry<P, D, ?, ?> registry, HistoryService history) {
        this.registry = registry;
        this.history = history;
    }

    @Override
    public PersonType type() {
        return registry.type();
    }

    @Override
    public D copy(D details) {
        return PersonDetails.copyOf(details);
    }

    @Override
    public List<FieldProblem> check(D details, Jurisdiction jurisdiction, Long selfId) {
        return registry.problems(details, jurisdiction, selfId);
    }

    @Override
    public List<FieldProblem> gaps(D details) {
        return registry.gaps(details);
    }

    @Override
    public List<FieldChange> changes(D before, D after) {
        return registry.changes(before, after);
    }

    @Override
    public Map<String, Existing<D>> withIdNumbers(Collection<String> idNumbers) {
        List<String> all = new ArrayList<>(idNumbers);
        Map<String, Existing<D>> found = new HashMap<>();
        for (int i = 0; i < all.size(); i += LOOKUP_CHUNK) {
            for (P p : registry.withIdNumbers(all.subList(i, Math.min(all.size(), i + LOOKUP_CHUNK)))) {
                Existing<D> e = existing(p);
                found.put(e.details().getIdNumber(), e);
            }
        }
        return found;
    }

    @Override
    public List<Existing<D>> withNameBirthDateVillage(String name, LocalDate birthDate, String villageCode) {
        return registry.withNameBirthDateVillage(name, birthDate, villageCode).stream().map(this::existing).toList();
    }

    @Override
    public void createAll(List<D> details, ImportStamp stamp) {
        List<Long> ids = registry.createAllChecked(details).stream().map(P::getId).toList();
        history.recordAll(type(), ids, ChangeAction.CREATED, stamp.summary(), List.of(), stamp.importId());
    }

    @Override
    public void change(long id, long expectedVersion, D details, ImportStamp stamp) {
        P person = registry.load(id);
        if (person.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(List.of());
        }
        D before = person.getDetails();
        registry.replaceChecked(person, details);
        history.record(type(), id, ChangeAction.UPDATED, stamp.summary(), changes(before, person.getDetails()),
                stamp.importId());
    }

    private Existing<D> existing(P p) {
        return new Existing<>(p.getId(), p.getVersion(), p.getVillageCode(), p.getStatus(), p.getExitReason(),
                p.getExitDate(), p.getUpdatedAt(), p.getDetails());
    }
}
