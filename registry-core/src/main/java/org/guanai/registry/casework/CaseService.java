package org.guanai.registry.casework;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.child.DelegateCandidates;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.organisation.Organisation;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.KeysetCursor;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases for the people who work them. Every read takes the user ({@link CaseActor}); a case outside the
 * user's scope is "not found" and the attempt is audited. Every step is checked against the workflow (state
 * and party) and its fields, and is applied with its consequences in one transaction, or not at all.
 */
@Service
@Transactional
public class CaseService {

    /** How many cases the case list (with its filters) shows at most; an inbox has pages instead. */
    public static final int LIST_LIMIT = 200;
    /** An inbox page: the county office's and a department's inboxes hold thousands of cases (decision 018). */
    public static final int INBOX_PAGE = 50;
    /**
     * The inbox count stops here; the badge then reads "100+". The badge is on every page: reading up to 1,000
     * case ids for it cost the county office 2-4 ms of the database on each (docs/performance.md, sixth session).
     */
    public static final int INBOX_COUNT_CAP = 100;
    private static final Comparator<CaseFile> INBOX_ORDER = Comparator.comparing(CaseFile::getDueAt)
            .thenComparing(CaseFile::getId);

    private final CaseFileRepository cases;
    private final CaseActionRepository actions;
    private final CaseLedger ledger;
    private final CaseEffects effects;
    private final ChildService children;
    private final DelegateCandidates elders;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final EntityManager em;
    private final Clock clock;

    CaseService(CaseFileRepository cases, CaseActionRepository actions, CaseLedger ledger, CaseEffects effects,
            ChildService children, DelegateCandidates elders, OrganisationService organisations, RegionService regions,
            AuditService audit, RegistryProperties properties, EntityManager em, Clock clock) {
        this.cases = cases;
        this.actions = actions;
        this.ledger = ledger;
        this.effects = effects;
        this.children = children;
        this.elders = elders;
        this.organisations = organisations;
        this.regions = regions;
        this.audit = audit;
        this.properties = properties;
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
    public record LogEntry(java.time.Instant at, String actorName, String step, String fromState, String toState,
            String note, Map<String, String> values) {
    }

    /** The fact holding the child's name as the reporter typed it. */
    static final String REPORTED_NAME = "reportedName";

    /** Shown instead of a mandatory reporter's name to those who may not know it. */
    public static final String CONFIDENTIAL = "报告人（保密）";

    /** A filter of the case list; nulls mean "any". */
    public record CaseFilter(CaseType type, Boolean open, boolean overdueOnly) {
    }

    /** What a reporter sees of a report it filed: its status, nothing of the work. */
    public record FiledReport(long id, java.time.Instant filedAt, String subject, ReportSituation situation,
            ReportSeverity severity, String status) {
    }

    /** A mandatory report (or a school's absence report) as filed. */
    public record ReportForm(String childIdNumber, String childName, String placeCode, String description,
            ReportSituation situation, ReportSeverity severity, Integer daysAbsent) {
    }

    // ---- reading -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public CaseView view(long id, CaseActor actor) {
        CaseFile c = visible(id, actor, "read");
        List<Step> steps = c.isClosed() ? List.of()
                : c.getType().workflow().stepsFrom(c.getState(), parties(c, actor));
        String owner = c.getOwnerOrganisationId() == null ? null
                : organisations.find(c.getOwnerOrganisationId()).map(Organisation::getName).orElse(null);
        boolean seesReporter = reporterVisibleTo(actor, c);
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

    /** A page of an inbox, and where the next one starts (null on the last page). */
    public record InboxPage(List<CaseFile> cases, String nextCursor) {
    }

    /** The first page of the user's inbox. */
    @Transactional(readOnly = true)
    public InboxPage inbox(CaseActor actor) {
        return inbox(actor, null);
    }

    /**
     * The cases waiting on the user, overdue first, then by due date, {@link #INBOX_PAGE} at a time from
     * {@code after} (a page's {@link InboxPage#nextCursor()}; null or damaged: the first page). Each arm of the
     * condition (scope × whom the stage waits on) is read in due order from its own index, from the cursor on,
     * and the arms are merged. As one disjunction the database walked the due-date index past every case of the
     * other lines: the county office's inbox took 93 ms on the province set, its arms take about 1 ms each
     * (docs/performance.md).
     */
    @Transactional(readOnly = true)
    public InboxPage inbox(CaseActor actor, String after) {
        KeysetCursor<Instant> cursor = KeysetCursor.parse(after, Instant::parse);
        Map<String, Object> params = new HashMap<>();
        List<String> scopeArms = scope(actor).arms(params);
        List<String> waitingArms = waitingOn(actor, params);
        String from = "";
        if (cursor != null) {
            from = " and (c.dueAt, c.id) > (:afterDue, :afterId)";
            params.put("afterDue", cursor.key());
            params.put("afterId", cursor.id());
        }
        Map<Long, CaseFile> merged = new HashMap<>();
        for (String scopeArm : scopeArms) {
            for (String waitingArm : waitingArms) {
                String where = scopeArm + " and c.closed = false and " + waitingArm + from;
                TypedQuery<CaseFile> q = em.createQuery("select c from CaseFile c where " + where
                        + " order by c.dueAt asc, c.id asc", CaseFile.class);
                // An arm names only some of the parameters; Hibernate refuses to bind the others.
                q.getParameters().forEach(p -> q.setParameter(p.getName(), params.get(p.getName())));
                q.setMaxResults(INBOX_PAGE + 1).getResultList().forEach(c -> merged.put(c.getId(), c));
            }
        }
        List<CaseFile> read = merged.values().stream().sorted(INBOX_ORDER).limit(INBOX_PAGE + 1).toList();
        KeysetCursor.Cut<CaseFile> page = KeysetCursor.cut(read, INBOX_PAGE, CaseFile::getDueAt, CaseFile::getId);
        return new InboxPage(page.rows(), page.next());
    }

    /**
     * How many cases wait on the user, counted up to {@link #INBOX_COUNT_CAP}: the badge on every page needs no
     * more, and counting a province's 300,000 open cases on every page render cost 100 ms (docs/performance.md).
     */
    @Transactional(readOnly = true)
    public long inboxCount(CaseActor actor) {
        Map<String, Object> params = new HashMap<>();
        // The ids of at most CAP cases, in no order, so that the database stops at the CAP-th.
        TypedQuery<Long> q = em.createQuery("select c.id from CaseFile c where " + inboxCondition(actor, params),
                Long.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(INBOX_COUNT_CAP).getResultList().size();
    }

    /** Open cases in the user's scope at a stage that waits on one of the user's parties. */
    private String inboxCondition(CaseActor actor, Map<String, Object> params) {
        return scope(actor).condition(params) + " and c.closed = false and "
                + CaseScope.anyOf(waitingOn(actor, params));
    }

    /** Every case in the user's scope that matches the filter, newest first. */
    @Transactional(readOnly = true)
    public List<CaseFile> list(CaseFilter filter, CaseActor actor) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(scope(actor).condition(params));
        if (filter.type() != null) {
            where.append(" and c.type = :type");
            params.put("type", filter.type());
        }
        if (filter.open() != null) {
            where.append(" and c.closed = :closed");
            params.put("closed", !filter.open());
        }
        if (filter.overdueOnly()) {
            where.append(" and c.closed = false and c.dueAt < :now");
            params.put("now", clock.instant());
        }
        return query("select c from CaseFile c where " + where + " order by c.openedAt desc, c.id desc", params)
                .setMaxResults(LIST_LIMIT).getResultList();
    }

    /** The cases of one child that the user may see (for the child's page). */
    @Transactional(readOnly = true)
    public List<CaseFile> ofChild(long childId, CaseActor actor) {
        CaseScope scope = scope(actor);
        return cases.findByChildIdOrderByOpenedAtDescIdDesc(childId).stream().filter(scope::covers).toList();
    }

    /** The reports the user filed, with their status only. */
    @Transactional(readOnly = true)
    public List<FiledReport> filedBy(CaseActor actor) {
        if (actor.accountId() == null) {
            return List.of();
        }
        return em.createQuery("select c from CaseFile c where c.reporterAccountId = :account "
                        + "order by c.openedAt desc", CaseFile.class)
                .setParameter("account", actor.accountId()).setMaxResults(LIST_LIMIT).getResultList().stream()
                .map(c -> new FiledReport(c.getId(), c.getOpenedAt(), c.getFacts().getOrDefault(REPORTED_NAME, ""),
                        c.getSituation(),
                        c.getSeverity(), c.getType() + "." + c.getState()))
                .toList();
    }

    /** The measures granted by the safety-net cases (兜底保障) among {@code visibleCases}, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseAction> measuresGranted(List<CaseFile> visibleCases) {
        List<Long> ids = visibleCases.stream().filter(c -> c.getType() == CaseType.SAFETY_NET)
                .map(CaseFile::getId).toList();
        return ids.isEmpty() ? List.of() : actions.findByCaseIdInAndStepOrderByAtAsc(ids, "grant");
    }

    /**
     * The values of attachments 1 and 2 for a delegation that has a delegate who passed the assessment.
     * Only the child's town and the county print them; printing is audited, as the papers carry full numbers.
     */
    @Transactional
    public DelegationPapers delegationPapers(long id, CaseActor actor) {
        CaseFile c = visible(id, actor, "papers");
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

    /** Staff of the child's town or the county open a case by hand (a school's report goes through {@link #report}). */
    public CaseFile open(CaseType type, long childId, String note, CaseActor actor) {
        if (type == CaseType.MANDATORY_REPORT) {
            throw new CaseRefusedException("case.error.reportThroughForm");
        }
        if (!(actor.role() == Role.COUNTY || actor.role() == Role.TOWN || actor.role() == Role.VILLAGE)) {
            audit.record(AuditAction.ACCESS_DENIED, "case", null, AuditOutcome.DENIED, "open " + type);
            throw new CaseRefusedException("case.error.notYourStep");
        }
        Child child = children.get(childId, actor.jurisdiction());
        if (child.getStatus() != PersonStatus.ACTIVE) {
            throw new CaseRefusedException("case.error.personExited");
        }
        if (cases.hasOpen(childId, type)) {
            throw new CaseRefusedException("case.error.alreadyOpen");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (note != null && note.length() > CaseInputs.NOTE_MAX) {
            problems.add(new FieldProblem("note", "case.error.tooLong", CaseInputs.NOTE_MAX));
            throw new CaseInputException(problems);
        }
        return ledger.open(new CaseLedger.Opening(type, childId, child.getName(), null, child.getVillageCode(),
                OpenedBecause.BY_STAFF, null, null, note), actor.accountId(), actor.displayName());
    }

    /**
     * A mandatory report (强制报告), or with {@code daysAbsent} a school's report of more than seven days'
     * absence (a dropout case). A given ID number of a registered child links the report to the child; the
     * reporter is not told. Routed by the place: the child's village, else the place given.
     */
    public CaseFile report(ReportForm form, CaseActor actor) {
        boolean absence = form.daysAbsent() != null;
        if (actor.role() == Role.ADMIN || actor.role() == Role.INSPECTOR) {
            throw new CaseRefusedException("case.error.notYourStep");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = Texts.strippedOrNull(form.childName());
        String description = Texts.strippedOrNull(form.description());
        if (name == null) {
            problems.add(new FieldProblem("childName", "case.error.required"));
        } else if (name.length() > 50) {
            problems.add(new FieldProblem("childName", "case.error.tooLong", 50));
        }
        if (description == null) {
            problems.add(new FieldProblem("description", "case.error.required"));
        } else if (description.length() > 500) {
            problems.add(new FieldProblem("description", "case.error.tooLong", 500));
        }
        Optional<RegionCode> place = Optional.ofNullable(form.placeCode()).filter(RegionCode::isValid)
                .map(RegionCode::of).filter(p -> p.level() == RegionLevel.VILLAGE && regions.find(p.value()).isPresent());
        if (place.isEmpty()) {
            problems.add(new FieldProblem("placeCode", "case.error.place"));
        }
        if (absence) {
            if (form.daysAbsent() <= 7) {
                problems.add(new FieldProblem("daysAbsent", "case.error.absenceDays"));
            }
        } else {
            if (form.situation() == null) {
                problems.add(new FieldProblem("situation", "case.error.required"));
            }
            if (form.severity() == null) {
                problems.add(new FieldProblem("severity", "case.error.required"));
            }
        }
        String idNumber = null;
        if (Texts.strippedOrNull(form.childIdNumber()) != null) {
            var id = org.guanai.registry.person.IdNumberRules.check("childIdNumber", form.childIdNumber(), problems);
            idNumber = id == null ? null : id.value();
        }
        if (!problems.isEmpty()) {
            throw new CaseInputException(problems);
        }
        Optional<Child> child = idNumber == null ? Optional.empty() : children.identifyForReport(idNumber);
        Long childId = child.map(Child::getId).orElse(null);
        String region = child.map(Child::getVillageCode).orElse(place.get().value());
        String subject = child.map(Child::getName).orElse(name);
        CaseType type = absence ? CaseType.DROPOUT : CaseType.MANDATORY_REPORT;
        if (absence && childId != null && cases.hasOpen(childId, CaseType.DROPOUT)) {
            // Already being worked: the school's report joins the open case's log instead of a second case.
            CaseFile open = cases.findByChildIdOrderByOpenedAtDescIdDesc(childId).stream()
                    .filter(c -> c.getType() == CaseType.DROPOUT && !c.isClosed()).findFirst().orElseThrow();
            ledger.log(open, "schoolAbsence", open.getState(), Map.of(), absenceNote(form, description),
                    actor.accountId(), actor.displayName());
            return open;
        }
        Duration limit = absence ? null : switch (form.severity()) {
            case NORMAL -> properties.cases().responseNormal();
            case SERIOUS -> properties.cases().responseSerious();
            case URGENT -> properties.cases().responseUrgent();
        };
        CaseFile c = ledger.open(new CaseLedger.Opening(type, childId, subject, description, region,
                absence ? OpenedBecause.SCHOOL_ABSENCE : OpenedBecause.MANDATORY_REPORT, null, limit,
                absence ? absenceNote(form, description) : null), actor.accountId(), actor.displayName());
        // The reporter's own words for the child: what the reporter is shown back, never the registry's record.
        c.record(Map.of(REPORTED_NAME, name));
        String reporter = actor.displayName() + reporterUnit(actor);
        c.reportedBy(actor.accountId(), actor.jurisdiction().organisationId(), reporter,
                absence ? null : form.situation(), absence ? null : form.severity());
        return c;
    }

    /**
     * Takes one step of a case made on {@code expectedVersion}. Refused (nothing changes) when the case is
     * not visible, the step is not allowed in its state or not for the user's role, someone else moved the
     * case meanwhile, or a value breaks a rule.
     */
    public CaseFile take(long id, long expectedVersion, String stepCode, Map<String, String> values, String note,
            CaseActor actor) {
        CaseFile c = visible(id, actor, "step " + stepCode);
        Workflow workflow = c.getType().workflow();
        Step step = workflow.step(stepCode).orElseThrow(() -> new CaseRefusedException("case.error.unknownStep"));
        if (c.isClosed() || !step.from().contains(c.getState())) {
            throw new CaseRefusedException("case.error.wrongState");
        }
        if (step.parties().stream().noneMatch(parties(c, actor)::contains)) {
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
    private Map<String, String> withChosenElder(Step step, Map<String, String> values, CaseActor actor,
            List<FieldProblem> problems) {
        String chosen = values.get(CaseField.DELEGATE_ELDER_ID.key());
        if (chosen == null || chosen.isBlank() || step.inputs().stream()
                .noneMatch(i -> i.field() == CaseField.DELEGATE_ELDER_ID)) {
            return values;
        }
        Optional<DelegateCandidates.Candidate> elder = chosen.strip().matches("\\d{1,18}")
                ? elders.delegateCandidate(Long.parseLong(chosen.strip()), actor.jurisdiction()) : Optional.empty();
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

    /** The elders the user may choose as a delegate (for the propose step's form). */
    @Transactional(readOnly = true)
    public List<DelegateCandidates.Candidate> delegateChoices(CaseActor actor) {
        return actor.jurisdiction().canChangePeople() ? elders.delegateCandidates(actor.jurisdiction()) : List.of();
    }

    // ---- scope and parties ---------------------------------------------------------------------

    /** The parties the user acts as on {@code c}; empty for read-only users. */
    Set<Party> parties(CaseFile c, CaseActor actor) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        switch (actor.role()) {
            case COUNTY -> {
                parties.add(Party.COUNTY);
                // The county office is 县民政局's 留守办: it works what is routed to civil affairs, or to nobody.
                if (c.getOwnerOrganisationId() == null || c.getOwnerDepartmentType() == DepartmentType.CIVIL_AFFAIRS) {
                    parties.add(Party.OWNER);
                }
            }
            case TOWN, VILLAGE -> {
                parties.add(Party.TOWN);
                if (c.getOwnerDepartmentType() == DepartmentType.TOWN) {
                    parties.add(Party.OWNER);
                }
            }
            case DEPARTMENT -> {
                CaseScope scope = scope(actor);
                if (scope.owns(c)) {
                    parties.add(Party.OWNER);
                }
                if (scope.referredTo(c)) {
                    parties.add(Party.REFERRED);
                }
            }
            default -> {
            }
        }
        return parties;
    }

    CaseScope scope(CaseActor actor) {
        var j = actor.jurisdiction();
        return switch (actor.role()) {
            case COUNTY, TOWN, VILLAGE, INSPECTOR -> CaseScope.region(j.regionPrefix());
            case DEPARTMENT -> {
                Optional<Organisation> unit = organisations.find(j.organisationId());
                if (unit.isEmpty()) {
                    yield CaseScope.NONE;
                }
                RegionCode served = RegionCode.of(unit.get().getRegionCode());
                yield new CaseScope(served.prefix(), unit.get().getId(), unit.get().getDepartmentType(),
                        served.level() == RegionLevel.COUNTY);
            }
            default -> CaseScope.NONE;
        };
    }

    /**
     * The reporter of a mandatory report is known only to the police and the county office (五（二）3: 公安机关应当
     * 依法保护报告人的隐私); a school's absence report is routine and shown to all who see the case.
     */
    boolean reporterVisibleTo(CaseActor actor, CaseFile c) {
        if (c.getType() != CaseType.MANDATORY_REPORT || actor.role() == Role.COUNTY) {
            return true;
        }
        return actor.role() == Role.DEPARTMENT && organisations.find(actor.jurisdiction().organisationId())
                .map(o -> o.getDepartmentType() == DepartmentType.POLICE).orElse(false);
    }

    /** The stages that wait on the user's parties, as alternatives (see {@link #inbox}). */
    private List<String> waitingOn(CaseActor actor, Map<String, Object> params) {
        String owner = StagesWaitingOn.OWNER;
        return switch (actor.role()) {
            case COUNTY -> {
                params.put("civilAffairs", DepartmentType.CIVIL_AFFAIRS);
                yield List.of("c.stage in " + StagesWaitingOn.COUNTY, "c.ownerOrganisationId is null and c.stage in "
                        + owner, "c.ownerDepartmentType = :civilAffairs and c.stage in " + owner);
            }
            case TOWN, VILLAGE -> {
                params.put("townLine", DepartmentType.TOWN);
                yield List.of("c.stage in " + StagesWaitingOn.TOWN,
                        "c.ownerDepartmentType = :townLine and c.stage in " + owner);
            }
            // In the unit's scope, what waits on an owner; a line a safety-net case was referred to sees it
            // there too while measures are being granted.
            case DEPARTMENT -> List.of("c.stage in " + owner);
            // Nothing waits on the others (the inspector reads, a school reports); no parameter is left unused.
            default -> List.of("1 = 0");
        };
    }

    /**
     * The stages waiting on a party, written into the query as a list of literals: they are the workflows'
     * constants, never input. Bound as a list parameter they cost Hibernate an exception per element and a new
     * SQL rendering on every page (the inbox badge): the badge took 7.5 % of a child's page's CPU, now 3 %.
     */
    private static final class StagesWaitingOn {
        static final String OWNER = literals(Party.OWNER);
        static final String TOWN = literals(Party.TOWN);
        static final String COUNTY = literals(Party.COUNTY);

        private static String literals(Party party) {
            List<String> stages = new ArrayList<>();
            for (CaseType t : CaseType.values()) {
                t.workflow().statesWaitingOn(party).forEach(s -> stages.add(CaseFile.stageOf(t, s)));
            }
            if (stages.isEmpty()) {
                return "('-')";
            }
            stages.forEach(s -> {
                if (!s.matches("[A-Z_]+:[A-Z_]+")) {
                    throw new IllegalStateException("not a stage name: " + s);
                }
            });
            return "('" + String.join("', '", stages) + "')";
        }
    }

    private CaseFile visible(long id, CaseActor actor, String attempt) {
        return cases.findById(id).filter(scope(actor)::covers).orElseThrow(() -> {
            audit.record(AuditAction.ACCESS_DENIED, "case", id, AuditOutcome.DENIED, attempt);
            return new OutsideJurisdictionException("case " + id);
        });
    }

    private TypedQuery<CaseFile> query(String jpql, Map<String, Object> params) {
        TypedQuery<CaseFile> q = em.createQuery(jpql, CaseFile.class);
        params.forEach(q::setParameter);
        return q;
    }

    private String reporterUnit(CaseActor actor) {
        Long org = actor.jurisdiction() == null ? null : actor.jurisdiction().organisationId();
        return org == null ? "" : organisations.find(org).map(o -> "（" + o.getName() + "）").orElse("");
    }

    private static String absenceNote(ReportForm form, String description) {
        return "缺课 " + form.daysAbsent() + " 天：" + description;
    }

}
