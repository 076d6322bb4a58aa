package org.guanai.registry.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.history.ChangeAction;
import org.guanai.registry.history.HistoryService;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.PersonIdentity;
import org.guanai.registry.person.PersonRecord;

/**
 * What the children's and the elders' import targets share: finding the people a roster names, and
 * writing them with the version check and the history entry that names the import. Each registry
 * supplies only how its records are made, loaded and changed.
 */
public abstract class RegistryImportTarget<D extends PersonIdentity, P extends PersonRecord> implements ImportTarget<D> {

    private static final int LOOKUP_CHUNK = 1000;

    private final HistoryService history;
    private final Clock clock;

    protected RegistryImportTarget(HistoryService history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** A new record of the registry holding these details. */
    protected abstract P newRecord(D details, Instant now);

    protected abstract P save(P person);

    protected abstract P load(long id);

    /** The registry's one path by which facts change (derived flags and search keys follow). */
    protected abstract void replaceDetails(P person, D details, Instant now);

    /** The registered people holding any of these numbers (at most {@value #LOOKUP_CHUNK} at a time). */
    protected abstract List<P> findByIdNumbers(List<String> idNumbers);

    protected abstract List<P> findByNameBirthDateAndVillage(String name, java.time.LocalDate birthDate,
            String villageCode);

    /** A copy of the person's details. */
    protected abstract D detailsOf(P person);

    @Override
    public Map<String, Existing<D>> withIdNumbers(Collection<String> idNumbers) {
        List<String> all = new ArrayList<>(idNumbers);
        Map<String, Existing<D>> found = new HashMap<>();
        for (int i = 0; i < all.size(); i += LOOKUP_CHUNK) {
            for (P p : findByIdNumbers(all.subList(i, Math.min(all.size(), i + LOOKUP_CHUNK)))) {
                Existing<D> e = existing(p);
                found.put(e.details().getIdNumber(), e);
            }
        }
        return found;
    }

    @Override
    public List<Existing<D>> withNameBirthDateVillage(String name, java.time.LocalDate birthDate, String villageCode) {
        return findByNameBirthDateAndVillage(name, birthDate, villageCode).stream().map(this::existing).toList();
    }

    @Override
    public long create(D details, ImportStamp stamp) {
        P person = save(newRecord(details, clock.instant()));
        history.record(type(), person.getId(), ChangeAction.CREATED, stamp.summary(), List.of(), stamp.importId());
        return person.getId();
    }

    @Override
    public void change(long id, long expectedVersion, D details, ImportStamp stamp) {
        P person = load(id);
        if (person.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(List.of());
        }
        D before = detailsOf(person);
        replaceDetails(person, details, clock.instant());
        history.record(type(), id, ChangeAction.UPDATED, stamp.summary(), changes(before, detailsOf(person)),
                stamp.importId());
    }

    private Existing<D> existing(P p) {
        return new Existing<>(p.getId(), p.getVersion(), p.getVillageCode(), p.getStatus(), p.getExitReason(),
                p.getExitDate(), p.getUpdatedAt(), detailsOf(p));
    }
}
