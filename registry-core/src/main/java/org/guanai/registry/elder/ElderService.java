package org.guanai.registry.elder;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.child.DelegateCandidates;
import org.guanai.registry.history.ChangeAction;
import org.guanai.registry.history.FieldChange;
import org.guanai.registry.history.HistoryService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.CappedCount;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.InvalidPersonException;
import org.guanai.registry.person.PersonRegistry;
import org.guanai.registry.person.PersonRules;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.PersonTransfers;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.RevealedNumber;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The elders' registry; like the children's, every call takes the user's {@link Jurisdiction}. */
@Service
@Transactional
public class ElderService extends PersonRegistry<Elder> implements DelegateCandidates {

    public static final int PAGE_SIZE = 50;

    private final ElderRepository elders;
    private final ElderListQuery listQuery;

    ElderService(ElderRepository elders, ElderListQuery listQuery, PersonRules rules, PersonTransfers transfers,
            HistoryService history, AuditService audit, Clock clock, RegistryProperties properties,
            EntityManager entityManager) {
        super(PersonType.ELDER, rules, transfers, history, audit, clock, properties, entityManager);
        this.elders = elders;
        this.listQuery = listQuery;
    }

    /** How many people the filter finds in the jurisdiction (a figure: no row is read, nothing is shown). */
    @Transactional(readOnly = true)
    public CappedCount count(ElderFilter filter, Jurisdiction jurisdiction) {
        return listQuery.count(filter, jurisdiction, today());
    }

    @Transactional(readOnly = true)
    public ElderPage list(ElderFilter filter, Jurisdiction jurisdiction) {
        ElderPage page = listQuery.page(filter, jurisdiction, today(), PAGE_SIZE);
        auditIdNumberSearch(filter.q(), page.rows().stream().map(ElderRow::id).toList());
        return page;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Candidate> delegateCandidates(Jurisdiction jurisdiction) {
        String prefix = jurisdiction.regionPrefix();
        return prefix == null ? List.of() : elders.findActiveInRegion(prefix).stream().map(ElderService::candidate).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<Candidate> delegateCandidate(long elderId, Jurisdiction jurisdiction) {
        return elders.findVisible(elderId, jurisdiction).filter(e -> e.getStatus() == PersonStatus.ACTIVE)
                .map(ElderService::candidate);
    }

    private static Candidate candidate(Elder e) {
        ElderDetails d = e.getDetails();
        return new Candidate(e.getId(), d.getName(), d.getIdNumber(), d.getPhone(), d.getCurrentAddress(),
                d.getVillageCode());
    }

    public Elder register(ElderDetails details, boolean confirmedNotDuplicate, Jurisdiction jurisdiction) {
        requireSaving(jurisdiction, "register");
        ElderDetails d = details.copy();
        validate(d, jurisdiction, null);
        requireNoPossibleDuplicate(elders.findByNameAndBirthDate(d.getName(), d.getBirthDate(), null),
                confirmedNotDuplicate, jurisdiction);
        Elder elder = saveOrExplain(new Elder(d, clock.instant()));
        history.record(PersonType.ELDER, elder.getId(), ChangeAction.CREATED, d.getName(),
                HistoryService.diff(Map.of(), ElderSnapshot.of(elder.getDetails())));
        return elder;
    }

    public Elder update(long id, long expectedVersion, ElderDetails details, Jurisdiction jurisdiction) {
        requireSaving(jurisdiction, "edit");
        Elder elder = visible(id, jurisdiction, "edit");
        requireVersion(id, elder.getVersion(), expectedVersion);
        ElderDetails d = details.copy();
        validate(d, jurisdiction, id);
        ElderDetails before = elder.getDetails();
        elder.replaceDetails(d, clock.instant());
        List<FieldChange> changed = ElderSnapshot.changes(before, elder.getDetails());
        if (!changed.isEmpty()) {
            saveOrExplain(elder);
            history.record(PersonType.ELDER, id, ChangeAction.UPDATED, null, changed);
        }
        return elder;
    }

    /** Every person of the filtered list in roster order (village, then name), for an export. */
    @Transactional(readOnly = true)
    public void forEachInRoster(ElderFilter filter, Jurisdiction jurisdiction, java.util.function.Consumer<Elder> action) {
        forEachLoaded(listQuery.rosterIds(filter, jurisdiction, today()), elders::findAllById, action);
    }

    @Override
    protected java.util.Optional<Elder> findVisible(long id, Jurisdiction jurisdiction) {
        return elders.findVisible(id, jurisdiction);
    }

    @Override
    protected Elder saveAndFlush(Elder elder) {
        return elders.saveAndFlush(elder);
    }

    @Override
    protected String idNumberOf(Elder elder) {
        return elder.getDetails().getIdNumber();
    }

    @Override
    protected void moveTo(Elder elder, String villageCode) {
        ElderDetails d = elder.getDetails();
        d.setVillageCode(villageCode);
        elder.replaceDetails(d, clock.instant());
    }

    @Override
    protected List<RevealedNumber> numbersOf(Elder elder) {
        ElderDetails d = elder.getDetails();
        List<RevealedNumber> numbers = new ArrayList<>();
        addNumber(numbers, "field.idNumber", d.getIdNumber());
        addNumber(numbers, "field.phone", d.getPhone());
        for (ChildAway away : d.getChildrenAway()) {
            addNumber(numbers, "elder.section.childrenAway", away.getPhone() == null ? null
                    : (away.getName() == null ? "" : away.getName() + " ") + away.getPhone());
        }
        addNumber(numbers, "field.contactPhone", d.getContactPhone());
        addNumber(numbers, "field.cadrePhone", d.getCadrePhone());
        return numbers;
    }

    private void validate(ElderDetails d, Jurisdiction jurisdiction, Long selfId) {
        List<FieldProblem> problems = problems(d, jurisdiction, selfId);
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
    }

    /** Every rule an elder's record must meet, for the form and the import alike; normalises {@code d}. */
    List<FieldProblem> problems(ElderDetails d, Jurisdiction jurisdiction, Long selfId) {
        List<FieldProblem> problems = new ArrayList<>(ElderValidator.validate(d, today()));
        rules.checkVillage(d.getVillageCode(), jurisdiction, problems);
        rules.checkIdNumberFree(d.getIdNumber(), PersonType.ELDER, selfId, jurisdiction, problems);
        return problems;
    }
}
