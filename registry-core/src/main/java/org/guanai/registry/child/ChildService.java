package org.guanai.registry.child;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.history.ChangeAction;
import org.guanai.registry.history.FieldChange;
import org.guanai.registry.history.HistoryService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.CappedCount;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.InvalidPersonException;
import org.guanai.registry.person.PersonRegistry;
import org.guanai.registry.person.PersonRules;
import org.guanai.registry.person.PersonTransfers;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.PossibleDuplicateException;
import org.guanai.registry.person.RevealedNumber;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children's registry: every read and write takes the user's {@link Jurisdiction}; a record
 * outside it is "not found" and the attempt is audited.
 */
@Service
@Transactional
public class ChildService extends PersonRegistry<Child> {

    public static final int PAGE_SIZE = 50;

    private final ChildRepository children;
    private final ChildListQuery listQuery;
    private final DelegateCandidates elders;

    ChildService(ChildRepository children, ChildListQuery listQuery, PersonRules rules, PersonTransfers transfers,
            DelegateCandidates elders, HistoryService history, AuditService audit, Clock clock,
            RegistryProperties properties, EntityManager entityManager) {
        super(PersonType.CHILD, rules, transfers, history, audit, clock, properties, entityManager);
        this.children = children;
        this.listQuery = listQuery;
        this.elders = elders;
    }

    /** How many people the filter finds in the jurisdiction (a figure: no row is read, nothing is shown). */
    @Transactional(readOnly = true)
    public CappedCount count(ChildFilter filter, Jurisdiction jurisdiction) {
        return listQuery.count(filter, jurisdiction, today());
    }

    @Transactional(readOnly = true)
    public ChildPage list(ChildFilter filter, Jurisdiction jurisdiction) {
        ChildPage page = listQuery.page(filter, jurisdiction, today(), PAGE_SIZE);
        auditIdNumberSearch(filter.q(), page.rows().stream().map(ChildRow::id).toList());
        return page;
    }

    /**
     * Registers a child. A same-name-and-birth-date match elsewhere stops the save with
     * {@link PossibleDuplicateException} unless {@code confirmedNotDuplicate}.
     */
    public Child register(ChildDetails details, boolean confirmedNotDuplicate, Jurisdiction jurisdiction) {
        requireSaving(jurisdiction, "register");
        ChildDetails d = details.copy();
        validate(d, jurisdiction, null);
        requireNoPossibleDuplicate(children.findByNameAndBirthDate(d.getName(), d.getBirthDate(), null),
                confirmedNotDuplicate, jurisdiction);
        Child child = saveOrExplain(new Child(d, clock.instant()));
        history.record(PersonType.CHILD, child.getId(), ChangeAction.CREATED, d.getName(),
                HistoryService.diff(Map.of(), ChildSnapshot.of(child.getDetails())));
        return child;
    }

    /**
     * Saves a clerk's edit made on {@code expectedVersion}. If someone saved in between, nothing is
     * written and {@link ConcurrentEditException} carries what they changed.
     */
    public Child update(long id, long expectedVersion, ChildDetails details, Jurisdiction jurisdiction) {
        requireSaving(jurisdiction, "edit");
        Child child = visible(id, jurisdiction, "edit");
        requireVersion(id, child.getVersion(), expectedVersion);
        ChildDetails d = details.copy();
        validate(d, jurisdiction, id);
        return replace(child, d, null);
    }

    /**
     * A change a case makes to its child (back to school, registered hukou, delegate signed): checked by the
     * same rules as the form, whoever took the step, and recorded in the history with {@code summary}
     * naming the case. Problems come back as {@link InvalidPersonException} and nothing is saved.
     */
    public Child changeByCase(long id, java.util.function.Consumer<ChildDetails> change, String summary) {
        Child child = children.findById(id).orElseThrow(() -> new IllegalStateException("child " + id));
        ChildDetails d = child.getDetails();
        change.accept(d);
        validate(d, Jurisdiction.everything(), id);
        return replace(child, d, summary);
    }

    /** Validated facts replace the child's; saved and kept in the history only when something changed. */
    private Child replace(Child child, ChildDetails validated, String summary) {
        ChildDetails before = child.getDetails();
        child.replaceDetails(validated, clock.instant());
        List<FieldChange> changed = ChildSnapshot.changes(before, child.getDetails());
        if (!changed.isEmpty()) {
            saveOrExplain(child);
            history.record(PersonType.CHILD, child.getId(), ChangeAction.UPDATED, summary, changed);
        }
        return child;
    }

    /**
     * The registered child with {@code idNumber}, whatever the user's jurisdiction: only for linking a report
     * to its child. The reporter is never told whether a child was found.
     */
    @Transactional(readOnly = true)
    public Optional<Child> identifyForReport(String idNumber) {
        return children.findByIdNumbers(List.of(idNumber)).stream().findFirst();
    }

    /** Every person of the filtered list in roster order (village, then name), for an export. */
    @Transactional(readOnly = true)
    public void forEachInRoster(ChildFilter filter, Jurisdiction jurisdiction, Consumer<Child> action) {
        forEachInRoster(filter, jurisdiction, ids -> ids, action);
    }

    /**
     * The same, of the filtered list's children that {@code narrow} keeps (an export of a department's own cases):
     * it is given the list's ids in roster order and returns those to hand over.
     */
    @Transactional(readOnly = true)
    public void forEachInRoster(ChildFilter filter, Jurisdiction jurisdiction,
            UnaryOperator<List<Long>> narrow, Consumer<Child> action) {
        forEachLoaded(narrow.apply(listQuery.rosterIds(filter, jurisdiction, today())), children::findAllById, action);
    }

    @Override
    protected Optional<Child> findVisible(long id, Jurisdiction jurisdiction) {
        return children.findVisible(id, jurisdiction);
    }

    @Override
    protected Child saveAndFlush(Child child) {
        return children.saveAndFlush(child);
    }

    @Override
    protected String idNumberOf(Child child) {
        return child.getDetails().getIdNumber();
    }

    @Override
    protected void moveTo(Child child, String villageCode) {
        ChildDetails d = child.getDetails();
        d.setVillageCode(villageCode);
        child.replaceDetails(d, clock.instant());
    }

    @Override
    protected List<RevealedNumber> numbersOf(Child child) {
        ChildDetails d = child.getDetails();
        List<RevealedNumber> numbers = new ArrayList<>();
        addNumber(numbers, "field.idNumber", d.getIdNumber());
        addNumber(numbers, "field.phone", d.getPhone());
        addNumber(numbers, "field.father.idNumber", d.getFather().getIdNumber());
        addNumber(numbers, "field.father.phone", d.getFather().getPhone());
        addNumber(numbers, "field.mother.idNumber", d.getMother().getIdNumber());
        addNumber(numbers, "field.mother.phone", d.getMother().getPhone());
        if (d.isDelegated()) {
            addNumber(numbers, "field.delegate.idNumber", d.getDelegate().getIdNumber());
            addNumber(numbers, "field.delegate.phone", d.getDelegate().getPhone());
        }
        addNumber(numbers, "field.cadrePhone", d.getCadrePhone());
        return numbers;
    }

    // ---- internals -----------------------------------------------------------------------------

    private void validate(ChildDetails d, Jurisdiction jurisdiction, Long selfId) {
        List<FieldProblem> problems = problems(d, jurisdiction, selfId);
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
    }

    /** Every rule a child's record must meet, for the form and the import alike; normalises {@code d}. */
    List<FieldProblem> problems(ChildDetails d, Jurisdiction jurisdiction, Long selfId) {
        List<FieldProblem> problems = new ArrayList<>();
        adoptDelegateFromElder(d, jurisdiction, problems);
        problems.addAll(ChildValidator.validate(d, today()));
        rules.checkVillage(d.getVillageCode(), jurisdiction, problems);
        rules.checkIdNumberFree(d.getIdNumber(), PersonType.CHILD, selfId, jurisdiction, problems);
        return problems;
    }

    /**
     * An elder of the registry chosen as the delegated guardian: the delegate's name, number, phone and
     * address are the elder's, so the person is recorded once. The elder must be visible to the user.
     */
    private void adoptDelegateFromElder(ChildDetails d, Jurisdiction jurisdiction, List<FieldProblem> problems) {
        Long elderId = d.getDelegate().getElderId();
        if (elderId == null) {
            return;
        }
        if (!d.isDelegated()) {
            d.getDelegate().setElderId(null);
            return;
        }
        elders.delegateCandidate(elderId, jurisdiction).ifPresentOrElse(elder -> {
            d.getDelegate().setName(elder.name());
            d.getDelegate().setIdNumber(elder.idNumber());
            d.getDelegate().setPhone(elder.phone());
            d.getDelegate().setAddress(elder.address());
        }, () -> problems.add(new FieldProblem("delegate.elderId", "child.error.delegateElder")));
    }
}
