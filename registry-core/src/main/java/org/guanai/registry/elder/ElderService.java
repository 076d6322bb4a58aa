package org.guanai.registry.elder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.child.ConcurrentEditException;
import org.guanai.registry.child.DelegateCandidates;
import org.guanai.registry.child.PossibleDuplicateException;
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

/** The elders' registry; like the children's, every call takes the user's {@link Jurisdiction}. */
@Service
@Transactional
public class ElderService implements DelegateCandidates {

    static final String OBJECT_TYPE = "elder";
    public static final int PAGE_SIZE = 50;

    private final ElderRepository elders;
    private final ElderListQuery listQuery;
    private final PersonRules rules;
    private final HistoryService history;
    private final AuditService audit;
    private final Clock clock;
    private final RegistryProperties properties;

    ElderService(ElderRepository elders, ElderListQuery listQuery, PersonRules rules, HistoryService history,
            AuditService audit, Clock clock, RegistryProperties properties) {
        this.elders = elders;
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
    public ElderPage list(ElderFilter filter, Jurisdiction jurisdiction) {
        return listQuery.page(filter, jurisdiction, today(), PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public Elder get(long id, Jurisdiction jurisdiction) {
        return visible(id, jurisdiction, "read");
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

    @Transactional(readOnly = true)
    public String revealIdNumber(long id, Jurisdiction jurisdiction) {
        Elder elder = visible(id, jurisdiction, "reveal");
        audit.record(AuditAction.VIEW_UNMASKED, OBJECT_TYPE, id, AuditOutcome.SUCCESS, "idNumber");
        return elder.getDetails().getIdNumber();
    }

    @Transactional(readOnly = true)
    public List<RecordChange> history(long id, Jurisdiction jurisdiction) {
        visible(id, jurisdiction, "history");
        return history.of(PersonType.ELDER, id);
    }

    public Elder register(ElderDetails details, boolean confirmedNotDuplicate, Jurisdiction jurisdiction) {
        rules.requireWritable(jurisdiction, OBJECT_TYPE, "register");
        ElderDetails d = details.copy();
        validate(d, jurisdiction, null);
        if (!confirmedNotDuplicate) {
            List<PossibleDuplicateException.Match> matches = elders
                    .findByNameAndBirthDate(d.getName(), d.getBirthDate(), null).stream()
                    .map(e -> new PossibleDuplicateException.Match(rules.townName(e.getVillageCode()),
                            rules.villageName(e.getVillageCode())))
                    .toList();
            if (!matches.isEmpty()) {
                throw new PossibleDuplicateException(matches);
            }
        }
        Elder elder = saveOrExplain(new Elder(d, clock.instant()));
        history.record(PersonType.ELDER, elder.getId(), ChangeAction.CREATED, d.getName(),
                HistoryService.diff(Map.of(), ElderSnapshot.of(elder.getDetails())));
        return elder;
    }

    public Elder update(long id, long expectedVersion, ElderDetails details, Jurisdiction jurisdiction) {
        rules.requireWritable(jurisdiction, OBJECT_TYPE, "edit");
        Elder elder = visible(id, jurisdiction, "edit");
        if (elder.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(history.of(PersonType.ELDER, id).stream().limit(5).toList());
        }
        ElderDetails d = details.copy();
        validate(d, jurisdiction, id);
        Map<String, String> before = ElderSnapshot.of(elder.getDetails());
        elder.replaceDetails(d, clock.instant());
        List<FieldChange> changed = HistoryService.diff(before, ElderSnapshot.of(elder.getDetails()));
        if (!changed.isEmpty()) {
            saveOrExplain(elder);
            history.record(PersonType.ELDER, id, ChangeAction.UPDATED, null, changed);
        }
        return elder;
    }

    public void exit(long id, ExitReason reason, LocalDate date, String note, Jurisdiction jurisdiction) {
        rules.requireWritable(jurisdiction, OBJECT_TYPE, "exit");
        Elder elder = visible(id, jurisdiction, "exit");
        if (reason == null) {
            throw new InvalidPersonException(new FieldProblem("reason", "person.error.exitReason"));
        }
        if (elder.getStatus() == PersonStatus.EXITED) {
            return;
        }
        LocalDate when = date == null ? today() : date;
        elder.exit(reason, when, note == null || note.isBlank() ? null : note.strip(), clock.instant());
        history.record(PersonType.ELDER, id, ChangeAction.EXITED, reason.name() + " " + when, List.of());
    }

    public void restore(long id, Jurisdiction jurisdiction) {
        rules.requireWritable(jurisdiction, OBJECT_TYPE, "restore");
        Elder elder = visible(id, jurisdiction, "restore");
        if (elder.getStatus() == PersonStatus.ACTIVE) {
            return;
        }
        elder.restore(clock.instant());
        history.record(PersonType.ELDER, id, ChangeAction.RESTORED, null, List.of());
    }

    public void recordVisit(long id, LocalDate date, String summary, Jurisdiction jurisdiction) {
        rules.requireWritable(jurisdiction, OBJECT_TYPE, "visit");
        Elder elder = visible(id, jurisdiction, "visit");
        elder.visited(date);
        history.record(PersonType.ELDER, id, ChangeAction.VISITED, summary, List.of());
    }

    private Elder visible(long id, Jurisdiction jurisdiction, String attempt) {
        return elders.findVisible(id, jurisdiction).orElseThrow(() -> rules.outside(OBJECT_TYPE, id, attempt));
    }

    private void validate(ElderDetails d, Jurisdiction jurisdiction, Long selfId) {
        List<FieldProblem> problems = new ArrayList<>(ElderValidator.validate(d, today()));
        rules.checkVillage(d.getVillageCode(), jurisdiction, problems);
        rules.checkIdNumberFree(d.getIdNumber(), PersonType.ELDER, selfId, jurisdiction, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
    }

    private Elder saveOrExplain(Elder elder) {
        try {
            return elders.saveAndFlush(elder);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidPersonException(new FieldProblem("idNumber", "person.error.idTakenConcurrently"));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(List.of());
        }
    }
}
