package org.guanai.registry.elder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.history.ChangeAction;
import org.guanai.registry.history.FieldChange;
import org.guanai.registry.history.HistoryService;
import org.guanai.registry.imports.ImportTarget;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.PersonType;
import org.springframework.stereotype.Component;

/** The elders' registry as a roster import sees it: the same rules as the form, the same history. */
@Component
public class ElderImportTarget implements ImportTarget<ElderDetails> {

    private static final int LOOKUP_CHUNK = 1000;

    private final ElderRepository elders;
    private final ElderService service;
    private final HistoryService history;
    private final Clock clock;

    ElderImportTarget(ElderRepository elders, ElderService service, HistoryService history, Clock clock) {
        this.elders = elders;
        this.service = service;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public PersonType type() {
        return PersonType.ELDER;
    }

    @Override
    public ElderDetails blank() {
        return new ElderDetails();
    }

    @Override
    public ElderDetails copy(ElderDetails details) {
        return details.copy();
    }

    @Override
    public Map<String, Existing<ElderDetails>> withIdNumbers(Collection<String> idNumbers) {
        List<String> all = new ArrayList<>(idNumbers);
        Map<String, Existing<ElderDetails>> found = new HashMap<>();
        for (int i = 0; i < all.size(); i += LOOKUP_CHUNK) {
            for (Elder c : elders.findByIdNumbers(all.subList(i, Math.min(all.size(), i + LOOKUP_CHUNK)))) {
                found.put(c.getDetails().getIdNumber(), existing(c));
            }
        }
        return found;
    }

    @Override
    public List<Existing<ElderDetails>> withNameBirthDateVillage(String name, LocalDate birthDate, String villageCode) {
        return elders.findByNameBirthDateAndVillage(name, birthDate, villageCode).stream()
                .map(ElderImportTarget::existing).toList();
    }

    @Override
    public List<FieldProblem> check(ElderDetails details, Jurisdiction jurisdiction, Long selfId) {
        return service.problems(details, jurisdiction, selfId);
    }

    @Override
    public List<FieldChange> changes(ElderDetails before, ElderDetails after) {
        return ElderSnapshot.changes(before, after);
    }

    @Override
    public long create(ElderDetails details, ImportStamp stamp) {
        Elder elder = elders.save(new Elder(details, clock.instant()));
        history.record(PersonType.ELDER, elder.getId(), ChangeAction.CREATED, stamp.summary(), List.of(),
                stamp.importId());
        return elder.getId();
    }

    @Override
    public void change(long id, long expectedVersion, ElderDetails details, ImportStamp stamp) {
        Elder elder = elders.findById(id).orElseThrow();
        if (elder.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(List.of());
        }
        ElderDetails before = elder.getDetails();
        elder.replaceDetails(details, clock.instant());
        history.record(PersonType.ELDER, id, ChangeAction.UPDATED, stamp.summary(),
                ElderSnapshot.changes(before, elder.getDetails()), stamp.importId());
    }

    private static Existing<ElderDetails> existing(Elder c) {
        return new Existing<>(c.getId(), c.getVersion(), c.getVillageCode(), c.getStatus(), c.getExitReason(),
                c.getExitDate(), c.getUpdatedAt(), c.getDetails());
    }
}
