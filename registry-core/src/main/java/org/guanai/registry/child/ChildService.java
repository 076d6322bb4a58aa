package org.guanai.registry.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.history.ChangeAction;
import org.guanai.registry.history.FieldChange;
import org.guanai.registry.history.HistoryService;
import org.guanai.registry.history.RecordChange;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ExitReason;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.InvalidPersonException;
import org.guanai.registry.person.PersonRules;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children's registry: every read and write takes the user's {@link Jurisdiction}; a record
 * outside it is "not found" and the attempt is audited.
 */
@Service
@Transactional
public class ChildService {

    static final String OBJECT_TYPE = "child";
    public static final int PAGE_SIZE = 50;

    private final ChildRepository children;
    private final ChildListQuery listQuery;
    private final PersonRules rules;
    private final DelegateCandidates elders;
    private final HistoryService history;
    private final AuditService audit;
    private final Clock clock;
    private final RegistryProperties properties;

    ChildService(ChildRepository children, ChildListQuery listQuery, PersonRules rules, DelegateCandidates elders,
            HistoryService history, AuditService audit, Clock clock, RegistryProperties properties) {
        this.elders = elders;
        this.children = children;
        this.listQuery = listQuery;
        this.rules = rules;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }

    @Transactional(readOnly = true)
    public ChildPage list(ChildFilter filter, Jurisdiction jurisdiction) {
        return listQuery.page(filter, jurisdiction, today(), PAGE_SIZE);
    }

    /** One child, or {@code OutsideJurisdictionException} (audited) when it is not the user's to see. */
    @Transactional(readOnly = true)
    public Child get(long id, Jurisdiction jurisdiction) {
        return visible(id, jurisdiction, "read");
    }

    /** The full identity number, for the one user who asked; the reveal is audited. */
    @Transactional(readOnly = true)
    public String revealIdNumber(long id, Jurisdiction jurisdiction) {
        Child child = visible(id, jurisdiction, "reveal");
        audit.record(AuditAction.VIEW_UNMASKED, OBJECT_TYPE, id, AuditOutcome.SUCCESS, "idNumber");
        return child.getDetails().getIdNumber();
    }

    @Transactional(readOnly = true)
    public List<RecordChange> history(long id, Jurisdiction jurisdiction) {
        visible(id, jurisdiction, "history");
        return history.of(PersonType.CHILD, id);
    }

    /**
     * Registers a child. A same-name-and-birth-date match elsewhere stops the save with
     * {@link PossibleDuplicateException} unless {@code confirmedNotDuplicate}.
     */
    public Child register(ChildDetails details, boolean confirmedNotDuplicate, Jurisdiction jurisdiction) {
        requireWritable(jurisdiction, "register");
        ChildDetails d = details.copy();
        validate(d, jurisdiction, null);
        if (!confirmedNotDuplicate) {
            checkPossibleDuplicates(d, null);
        }
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
        requireWritable(jurisdiction, "edit");
        Child child = visible(id, jurisdiction, "edit");
        if (child.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(recentChanges(id));
        }
        ChildDetails d = details.copy();
        validate(d, jurisdiction, id);
        Map<String, String> before = ChildSnapshot.of(child.getDetails());
        child.replaceDetails(d, clock.instant());
        List<FieldChange> changed = HistoryService.diff(before, ChildSnapshot.of(child.getDetails()));
        if (!changed.isEmpty()) {
            saveOrExplain(child);
            history.record(PersonType.CHILD, id, ChangeAction.UPDATED, null, changed);
        }
        return child;
    }

    public void exit(long id, ExitReason reason, LocalDate date, String note, Jurisdiction jurisdiction) {
        requireWritable(jurisdiction, "exit");
        Child child = visible(id, jurisdiction, "exit");
        if (reason == null) {
            throw new InvalidPersonException(new FieldProblem("reason", "person.error.exitReason"));
        }
        if (child.getStatus() == PersonStatus.EXITED) {
            return;
        }
        LocalDate when = date == null ? today() : date;
        child.exit(reason, when, note == null || note.isBlank() ? null : note.strip(), clock.instant());
        history.record(PersonType.CHILD, id, ChangeAction.EXITED, reason.name() + " " + when, List.of());
    }

    public void restore(long id, Jurisdiction jurisdiction) {
        requireWritable(jurisdiction, "restore");
        Child child = visible(id, jurisdiction, "restore");
        if (child.getStatus() == PersonStatus.ACTIVE) {
            return;
        }
        child.restore(clock.instant());
        history.record(PersonType.CHILD, id, ChangeAction.RESTORED, null, List.of());
    }

    /** Called by the visit log: keeps the roster's last visit date and the history in step. */
    public void recordVisit(long id, LocalDate date, String summary, Jurisdiction jurisdiction) {
        requireWritable(jurisdiction, "visit");
        Child child = visible(id, jurisdiction, "visit");
        child.visited(date);
        history.record(PersonType.CHILD, id, ChangeAction.VISITED, summary, List.of());
    }

    // ---- internals -----------------------------------------------------------------------------

    private Child visible(long id, Jurisdiction jurisdiction, String attempt) {
        return children.findVisible(id, jurisdiction).orElseThrow(() -> rules.outside(OBJECT_TYPE, id, attempt));
    }

    private void requireWritable(Jurisdiction jurisdiction, String attempt) {
        rules.requireWritable(jurisdiction, OBJECT_TYPE, attempt);
    }

    private void validate(ChildDetails d, Jurisdiction jurisdiction, Long selfId) {
        List<FieldProblem> problems = new ArrayList<>();
        adoptDelegateFromElder(d, jurisdiction, problems);
        problems.addAll(ChildValidator.validate(d, today()));
        rules.checkVillage(d.getVillageCode(), jurisdiction, problems);
        rules.checkIdNumberFree(d.getIdNumber(), PersonType.CHILD, selfId, jurisdiction, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
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

    private void checkPossibleDuplicates(ChildDetails d, Long selfId) {
        List<PossibleDuplicateException.Match> matches = children
                .findByNameAndBirthDate(d.getName(), d.getBirthDate(), selfId).stream()
                .map(c -> new PossibleDuplicateException.Match(rules.townName(c.getVillageCode()),
                        rules.villageName(c.getVillageCode())))
                .toList();
        if (!matches.isEmpty()) {
            throw new PossibleDuplicateException(matches);
        }
    }

    /** Saves and flushes, so that a clash with a concurrent save surfaces here, as the user's message. */
    private Child saveOrExplain(Child child) {
        try {
            return children.saveAndFlush(child);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidPersonException(new FieldProblem("idNumber", "person.error.idTakenConcurrently"));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(List.of());
        }
    }

    private List<RecordChange> recentChanges(long id) {
        return history.of(PersonType.CHILD, id).stream().limit(5).toList();
    }
}
