package org.guanai.registry.elder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.history.FieldChange;
import org.guanai.registry.history.HistoryService;
import org.guanai.registry.imports.RegistryImportTarget;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.PersonType;
import org.springframework.stereotype.Component;

/** The elders' registry as a roster import sees it: the same rules as the form, the same history. */
@Component
public class ElderImportTarget extends RegistryImportTarget<ElderDetails, Elder> {

    private final ElderRepository elders;
    private final ElderService service;

    ElderImportTarget(ElderRepository elders, ElderService service, HistoryService history, Clock clock) {
        super(history, clock);
        this.elders = elders;
        this.service = service;
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
    public List<FieldProblem> gaps(ElderDetails details) {
        return ElderValidator.gaps(details);
    }

    @Override
    public List<FieldChange> changes(ElderDetails before, ElderDetails after) {
        return ElderSnapshot.changes(before, after);
    }

    @Override
    protected Elder newRecord(ElderDetails details, Instant now) {
        return new Elder(details, now);
    }

    @Override
    protected Elder save(Elder person) {
        return elders.save(person);
    }

    @Override
    protected Elder load(long id) {
        return elders.findById(id).orElseThrow();
    }

    @Override
    protected void replaceDetails(Elder person, ElderDetails details, Instant now) {
        person.replaceDetails(details, now);
    }
}
