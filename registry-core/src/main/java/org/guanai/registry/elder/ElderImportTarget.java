package org.guanai.registry.elder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.history.ChangeAction;
import org.guanai.registry.history.FieldChange;
import org.guanai.registry.history.HistoryService;
import org.guanai.registry.imports.RegistryImportTarget;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.PersonType;
import org.springframework.stereotype.Component;

/** The elders' registry as a roster import sees it: the same rules as the form, the same history. */
@Component
public class ElderImportTarget extends RegistryImportTarget<ElderDetails, Elder> {

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
    protected List<Elder> findByIdNumbers(List<String> idNumbers) {
        return elders.findByIdNumbers(idNumbers);
    }

    @Override
    protected List<Elder> findByNameBirthDateAndVillage(String name, LocalDate birthDate, String villageCode) {
        return elders.findByNameBirthDateAndVillage(name, birthDate, villageCode);
    }

    @Override
    protected ElderDetails detailsOf(Elder person) {
        return person.getDetails();
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
}
