package org.guanai.registry.child;

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

/** The children's registry as a roster import sees it: the same rules as the form, the same history. */
@Component
public class ChildImportTarget extends RegistryImportTarget<ChildDetails, Child> {

    private final ChildRepository children;
    private final ChildService service;

    ChildImportTarget(ChildRepository children, ChildService service, HistoryService history, Clock clock) {
        super(history, clock);
        this.children = children;
        this.service = service;
    }

    @Override
    public PersonType type() {
        return PersonType.CHILD;
    }

    /**
     * A child first seen in attachment 4, the roster of rural left-behind children: registered (有户口) unless the
     * sheet's 是否登记户口 says otherwise, and rural, as the roster holds rural children only. Whether it is a 留守儿童
     * is derived from its 留守情形 and parents' columns (LeftBehindRule); a row that is not one is refused with the reason.
     */
    @Override
    public ChildDetails blank() {
        ChildDetails d = new ChildDetails();
        d.setHasHukou(true);
        d.setHukouType(HukouType.RURAL);
        return d;
    }

    @Override
    public ChildDetails copy(ChildDetails details) {
        return details.copy();
    }

    @Override
    protected List<Child> findByIdNumbers(List<String> idNumbers) {
        return children.findByIdNumbers(idNumbers);
    }

    @Override
    protected List<Child> findByNameBirthDateAndVillage(String name, LocalDate birthDate, String villageCode) {
        return children.findByNameBirthDateAndVillage(name, birthDate, villageCode);
    }

    @Override
    protected ChildDetails detailsOf(Child person) {
        return person.getDetails();
    }

    @Override
    public List<FieldProblem> check(ChildDetails details, Jurisdiction jurisdiction, Long selfId) {
        return service.problems(details, jurisdiction, selfId);
    }

    @Override
    public List<FieldProblem> gaps(ChildDetails details) {
        return ChildValidator.gaps(details);
    }

    @Override
    public List<FieldChange> changes(ChildDetails before, ChildDetails after) {
        return ChildSnapshot.changes(before, after);
    }

    @Override
    protected Child newRecord(ChildDetails details, Instant now) {
        return new Child(details, now);
    }

    @Override
    protected Child save(Child person) {
        return children.save(person);
    }

    @Override
    protected Child load(long id) {
        return children.findById(id).orElseThrow();
    }

    @Override
    protected void replaceDetails(Child person, ChildDetails details, Instant now) {
        person.replaceDetails(details, now);
        // Already managed; the save publishes the key targets the change gained (cases open in this transaction).
        children.save(person);
    }
}
