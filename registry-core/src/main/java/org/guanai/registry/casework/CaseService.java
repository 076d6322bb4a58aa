package org.guanai.registry.casework;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.Elder;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.child.DelegateCandidates;
import org.guanai.registry.organisation.Organisation;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as the people who work it see and move it: its page, opening one by hand, taking a step, the delegation's
 * papers. Every call takes the user ({@link SignedInUser}); a case outside the user's scope is "not found" and the
 * attempt is audited ({@link CaseAccess}). Every step is checked against the workflow (state and party) and its
 * fields, and is applied with its consequences in one transaction, or not at all. The inbox and lists are
 * {@link CaseInbox}'s, mandatory reports {@link MandatoryReports}'.
 */
@Service
@Transactional
public class CaseService {


    private final CaseFileRepository cases;
    private final CaseActionRepository actions;
    private final CaseLedger ledger;
    private final CaseEffects effects;
    private final ChildService children;
    private final DelegateCandidates elders;
    private final ElderService elderRegistry;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final AuditService audit;
    private final CaseAccess access;
    private final EntityManager em;
    private final Clock clock;

    CaseService(CaseFileRepository cases, CaseActionRepository actions, CaseLedger ledger, CaseEffects effects,
            ChildService children, DelegateCandidates elders, ElderService elderRegistry,
            OrganisationService organisations, RegionService regions, AuditService audit, CaseAccess access,
            EntityManager em, Clock clock) {
        this.elderRegistry = elderRegistry;
        this.cases = cases;
        this.actions = actions;
        this.ledger = ledger;
        this.effects = effects;
        this.children = children;
        this.elders = elders;
        this.organisations = organisations;
        this.regions = regions;
        this.audit = audit;
        this.access = access;
        this.em = em;
        this.clock = clock;
    }

    /**
     * One case as its user sees it: the log, the steps the user may take now, who opened it and the reporter,
     * both only if the user may know who reported (otherwise {@link #CONFIDENTIAL}).
     */
    public record CaseView(CaseFile file, List<LogEntry> log, List<Step> steps, String ownerName, String regionName,
            String reporter, String openedBy, boolean overdue) {
    }

    /** One line of a case's action log as shown to one user. */
    public record LogEntry(Instant at, String actorName, String step, String fromState, String toState,
            String note, Map<String, String> values) {
    }


    /** Shown instead of a mandatory reporter's name to those who may not know it. */
    public static final String CONFIDENTIAL = "报告人（保密）";




    // ---- reading -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public CaseView view(long id, SignedInUser actor) {
        CaseFile c = access.visible(id, actor, "read");
        List<Step> steps = c.isClosed() ? List.of()
                : c.getType().workflow().stepsFrom(c.getState(), access.parties(c, actor));
        String owner = c.getOwnerOrganisationId() == null ? null
                : organisations.find(c.getOwnerOrganisationId()).map(Organisation::getName).orElse(null);
        boolean seesReporter = access.reporterVisibleTo(actor, c);
        Long reporter = c.getReporterAccountId();
        List<LogEntry> log = actions.findByCaseIdOrderByAtAscIdAsc(id).stream()
                .map(a -> new LogEntry(a.getAt(), !seesReporter && reporter != null
                        && reporter.equals(a.getActorAccountId()) ? CONFIDENTIAL : a.getActorName(), a.getStep(),
                        a.getFromState(), a.getToState(), a.getNote(), a.getValues()))
                .toList();
        return new CaseView(c, log, steps, owner, regions.nameOf(c.getRegionCode()),
                seesReporter ? c.getReporterName() : null,
                seesReporter || reporter == null ? c.getOpenedBy() : CONFIDENTIAL, c.isOverdue(clock.instant()));
    }


    /**
     * The values of attachments 1 and 2 for a delegation that has a delegate who passed the assessment.
     * Only the child's town and the county print them; printing is audited, as the papers carry full numbers.
     */
    @Transactional
    public DelegationPapers delegationPapers(long id, SignedInUser actor) {
        CaseFile c = access.visible(id, actor, "papers");
        if (c.getType() != CaseType.DELEGATION || !List.of("ASSESSED", "ACTIVE", "ENDED").contains(c.getState())) {
            throw new CaseRefusedException("case.error.noPapers");
        }
        if (!(actor.role() == Role.COUNTY || actor.role() == Role.TOWN || actor.role() == Role.VILLAGE)) {
            audit.record(AuditAction.ACCESS_DENIED, "case", id, AuditOutcome.DENIED, "papers");
            throw new CaseRefusedException("case.error.notYourStep");
        }
        Child child = children.get(c.getChildId(), actor.jurisdiction());
        RegionCode village = RegionCode.of(child.getVillageCode());
        audit.record(AuditAction.EXPORT, "case", id, AuditOutcome.SUCCESS, "delegation papers");
        return DelegationPapers.of(c, child.getDetails(), regions.nameOf(village.value()),
                regions.nameOf(village.ancestorAt(RegionLevel.TOWN).value()));
    }

    // ---- writing -------------------------------------------------------------------------------

    /** Staff of the child's town or the county open a case by hand (a school's report goes through {@link MandatoryReports#report}). */
    public CaseFile open(CaseType type, long childId, String note, SignedInUser actor) {
        if (type == CaseType.MANDATORY_REPORT) {
            throw new CaseRefusedException("case.error.reportThroughForm");
        }
        if (!CaseType.OPENED_FOR_CHILDREN.contains(type)) {
            throw new CaseRefusedException("case.error.notForChildren");
        }
        requireStaff(type, actor);
        Child child = children.get(childId, actor.jurisdiction());
        requireOpenable(child.getStatus(), cases.hasOpen(childId, type), note);
        return ledger.open(CaseLedger.Opening.ofChild(type, childId, child.getName(), null, child.getVillageCode(),
                OpenedBecause.BY_STAFF, null, null, note), actor.accountId(), actor.displayName());
    }

    /**
     * Staff of the elder's town or the county open an elder's case (docs/casework.md, "Elders' cases"): 兜底保障,
     * 老年人受侵害 (to the police), 健康体检 (to 卫计).
     */
    public CaseFile openForElder(CaseType type, long elderId, String note, SignedInUser actor) {
        if (!CaseType.FOR_ELDERS.contains(type)) {
            throw new CaseRefusedException("case.error.notForElders");
        }
        requireStaff(type, actor);
        Elder elder = elderRegistry.get(elderId, actor.jurisdiction());
        requireOpenable(elder.getStatus(), cases.hasOpenForElder(elderId, type), note);
        return ledger.open(new CaseLedger.Opening(type, null, elderId, elder.getName(), null, elder.getVillageCode(),
                OpenedBecause.BY_STAFF, null, null, note), actor.accountId(), actor.displayName());
    }

    private void requireStaff(CaseType type, SignedInUser actor) {
        if (!(actor.role() == Role.COUNTY || actor.role() == Role.TOWN || actor.role() == Role.VILLAGE)) {
            audit.record(AuditAction.ACCESS_DENIED, "case", null, AuditOutcome.DENIED, "open " + type);
            throw new CaseRefusedException("case.error.notYourStep");
        }
    }

    private static void requireOpenable(PersonStatus status, boolean alreadyOpen, String note) {
        if (status != PersonStatus.ACTIVE) {
            throw new CaseRefusedException("case.error.personExited");
        }
        if (alreadyOpen) {
            throw new CaseRefusedException("case.error.alreadyOpen");
        }
        if (note != null && note.length() > CaseInputs.NOTE_MAX) {
            throw new CaseInputException(List.of(new FieldProblem("note", "case.error.tooLong", CaseInputs.NOTE_MAX)));
        }
    }


    /**
     * Takes one step of a case made on {@code expectedVersion}. Refused (nothing changes) when the case is
     * not visible, the step is not allowed in its state or not for the user's role, someone else moved the
     * case meanwhile, or a value breaks a rule.
     */
    public CaseFile take(long id, long expectedVersion, String stepCode, Map<String, String> values, String note,
            SignedInUser actor) {
        CaseFile c = access.visible(id, actor, "step " + stepCode);
        Workflow workflow = c.getType().workflow();
        Step step = workflow.step(stepCode).orElseThrow(() -> new CaseRefusedException("case.error.unknownStep"));
        if (c.isClosed() || !step.from().contains(c.getState())) {
            throw new CaseRefusedException("case.error.wrongState");
        }
        if (step.parties().stream().noneMatch(access.parties(c, actor)::contains)) {
            audit.record(AuditAction.ACCESS_DENIED, "case", id, AuditOutcome.DENIED, "step " + stepCode);
            throw new CaseRefusedException("case.error.notYourStep");
        }
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(List.of());
        }
        List<FieldProblem> problems = new ArrayList<>();
        values = withChosenElder(step, values, actor, problems);
        Map<String, String> checked = CaseInputs.check(step, values, note, problems);
        if (!problems.isEmpty()) {
            throw new CaseInputException(problems);
        }
        String from = c.getState();
        c.record(step, checked);
        c.moveTo(step.targetFor(from, checked), clock.instant());
        effects.apply(step, c, actor);
        ledger.log(c, stepCode, from, checked, note, actor.accountId(), actor.displayName());
        em.flush();
        return c;
    }

    /**
     * A delegate chosen from the elders' roster: name, number, phone and address are the elder's, so the
     * person is recorded once. The elder must be one the user may see.
     */
    private Map<String, String> withChosenElder(Step step, Map<String, String> values, SignedInUser actor,
            List<FieldProblem> problems) {
        String chosen = values.get(CaseField.DELEGATE_ELDER_ID.key());
        if (chosen == null || chosen.isBlank() || step.inputs().stream()
                .noneMatch(i -> i.field() == CaseField.DELEGATE_ELDER_ID)) {
            return values;
        }
        Optional<DelegateCandidates.Candidate> elder = chosenElderId(values)
                .flatMap(id -> elders.delegateCandidate(id, actor.jurisdiction()));
        if (elder.isEmpty()) {
            problems.add(new FieldProblem(CaseField.DELEGATE_ELDER_ID.key(), "case.error.option"));
            return values;
        }
        Map<String, String> filled = new HashMap<>(values);
        filled.put(CaseField.DELEGATE_NAME.key(), elder.get().name());
        filled.put(CaseField.DELEGATE_ID_NUMBER.key(), elder.get().idNumber());
        filled.put(CaseField.DELEGATE_PHONE.key(), elder.get().phone());
        filled.put(CaseField.DELEGATE_ADDRESS.key(), elder.get().address());
        return filled;
    }

    /** The elder a step's values choose as the delegate ({@code delegateElderId}, a key as text), if it is one. */
    public static Optional<Long> chosenElderId(Map<String, String> values) {
        String chosen = values.get(CaseField.DELEGATE_ELDER_ID.key());
        return chosen != null && chosen.strip().matches("\\d{1,18}") ? Optional.of(Long.parseLong(chosen.strip()))
                : Optional.empty();
    }
}
