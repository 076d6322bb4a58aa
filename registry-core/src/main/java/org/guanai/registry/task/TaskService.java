package org.guanai.registry.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.organisation.Organisation;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.FundsWan;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's tasks and who has done what: each task's units are the county departments of its lines and, for
 * the line TOWN, every town; each unit reports its own part. Overdue is derived: not done by the time limit.
 */
@Service
@Transactional
public class TaskService {

    private final PlanTaskRepository tasks;
    private final TaskReportRepository reports;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final Clock clock;

    TaskService(PlanTaskRepository tasks, TaskReportRepository reports, OrganisationService organisations,
            RegionService regions, AuditService audit, RegistryProperties properties, Clock clock) {
        this.tasks = tasks;
        this.reports = reports;
        this.organisations = organisations;
        this.regions = regions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** How many instances of a recurring task the list shows at most (the latest). */
    static final int INSTANCES_SHOWN = 8;

    /**
     * One unit's part in one task, for one instance ({@code due}: the task's date, or the period's due day of a task
     * that comes back), with its latest report.
     */
    public record TaskRow(PlanTask task, LocalDate due, TaskUnit unit, boolean lead, TaskStatus status,
            TaskReport latest, boolean overdue, boolean mine) {

        /** The period of a recurring task the row is for; null for a task with one date. */
        public LocalDate period() {
            return task.getRecurrence().isPresent() ? due : null;
        }
    }

    /**
     * Filters of the task list; nulls mean any. {@code county}: the county chosen by a user whose scope lies above a
     * county (RegionService#workingCounty); everyone else sees its own county whatever is asked. {@code archived}:
     * the archived tasks instead of the current ones.
     */
    public record TaskFilter(String county, DepartmentType line, TaskStatus status, Boolean overdue, TaskPhase phase,
            boolean archived) {

        public TaskFilter(String county, DepartmentType line, TaskStatus status, Boolean overdue, TaskPhase phase) {
            this(county, line, status, overdue, phase, false);
        }

        /** Everything of the user's own (or default) county. */
        public static TaskFilter all() {
            return new TaskFilter(null, null, null, null, null, false);
        }
    }

    /** A task of a plan pack, for {@link #adopt}. */
    public record PackTask(String code, String section, TaskTerms terms) {
    }

    /** Reads no data, so it opens no transaction (the class's default would take a connection for it). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LocalDate today() {
        return properties.today(clock);
    }

    /** The current tasks of a county's plan, in the plan's order. */
    @Transactional(readOnly = true)
    public List<PlanTask> all(RegionCode county) {
        return tasks.findByCountyCodeAndArchivedOnIsNullOrderBySortOrderAscIdAsc(county.value());
    }

    /** The archived tasks of a county, the latest archived first. */
    @Transactional(readOnly = true)
    public List<PlanTask> archived(RegionCode county) {
        return tasks.findByCountyCodeAndArchivedOnIsNotNullOrderByArchivedOnDescSortOrderAscIdAsc(county.value());
    }

    /** The due days of a task's instances shown today: its date, or its periods up to the current one. */
    public List<LocalDate> instances(PlanTask task) {
        Optional<Recurrence> rule = task.getRecurrence();
        if (rule.isEmpty()) {
            return List.of(task.getDueOn());
        }
        LocalDate until = task.isArchived() ? task.getArchivedOn() : today();
        LocalDate from = task.getStartsOn() == null ? until : task.getStartsOn();
        return rule.get().instances(from.isAfter(until) ? until : from, until, INSTANCES_SHOWN);
    }

    /**
     * The rows the user may see, of its county's plan: everything for the county office and the inspector; its own
     * unit's part for a department or a town.
     */
    @Transactional(readOnly = true)
    public List<TaskRow> rows(TaskFilter filter, SignedInUser actor) {
        RegionCode county = countyOf(actor, filter.county());
        Optional<TaskUnit> mine = unitOf(actor);
        boolean seesAll = actor.role() == Role.COUNTY || actor.role() == Role.INSPECTOR;
        if (!seesAll && mine.isEmpty()) {
            return List.of();
        }
        List<PlanTask> plan = filter.archived() ? archived(county) : all(county);
        Map<String, TaskReport> latest = new HashMap<>();
        for (TaskReport r : reports.findByTaskIdInOrderByReportedAtAscIdAsc(plan.stream().map(PlanTask::getId)
                .toList())) {
            latest.put(key(r.getTaskId(), r.getPeriodDue(), r.getRegionCode() != null ? "town:" + r.getRegionCode()
                    : "org:" + r.getOrganisationId()), r);
        }
        List<TaskUnit> units = units(county);
        LocalDate today = today();
        List<TaskRow> rows = new ArrayList<>();
        for (PlanTask task : plan) {
            if (filter.phase() != null && filter.phase() != task.getPhase()) {
                continue;
            }
            Set<DepartmentType> lines = task.lines();
            boolean recurs = task.getRecurrence().isPresent();
            for (LocalDate due : instances(task)) {
                for (TaskUnit unit : units) {
                    if (!lines.contains(unit.line())) {
                        continue;
                    }
                    boolean isMine = mine.map(m -> m.key().equals(unit.key())).orElse(false);
                    if (!seesAll && !isMine) {
                        continue;
                    }
                    TaskReport r = latest.get(key(task.getId(), recurs ? due : null, unit.key()));
                    TaskStatus status = r == null ? TaskStatus.NOT_STARTED : r.getStatus();
                    boolean overdue = status != TaskStatus.DONE && today.isAfter(due);
                    if ((filter.line() == null || filter.line() == unit.line())
                            && (filter.status() == null || filter.status() == status)
                            && (filter.overdue() == null || filter.overdue() == overdue)) {
                        rows.add(new TaskRow(task, due, unit, task.getLeadLine() == unit.line(), status, r, overdue,
                                isMine));
                    }
                }
            }
        }
        return rows;
    }

    private static String key(Long taskId, LocalDate period, String unit) {
        return taskId + "|" + period + "|" + unit;
    }

    /**
     * A unit reports its own part: status, a dated note and the evidence; for a task that comes back, of one of its
     * instances ({@code period}, the due day of the period). Another unit's part, an archived task or an instance
     * not yet generated is refused.
     */
    public void report(long taskId, LocalDate period, TaskStatus status, String note, String evidence,
            SignedInUser actor) {
        TaskUnit unit = unitOf(actor).orElseThrow(() -> new TaskRefusedException("task.error.notYourTask"));
        PlanTask task = tasks.findById(taskId).orElseThrow(() -> new TaskRefusedException("task.error.notYourTask"));
        if (!task.lines().contains(unit.line()) || !task.getCountyCode().equals(countyOf(actor, null).value())) {
            throw new TaskRefusedException("task.error.notYourTask");
        }
        if (task.isArchived()) {
            throw new TaskRefusedException("task.error.archived");
        }
        if (status == null) {
            throw new TaskRefusedException("task.error.status");
        }
        LocalDate instance = null;
        if (task.getRecurrence().isPresent()) {
            List<LocalDate> instances = instances(task);
            instance = period == null ? instances.get(instances.size() - 1) : period;
            if (!instances.contains(instance)) {
                throw new TaskRefusedException("task.error.period");
            }
        }
        reports.save(new TaskReport(taskId, instance, unit, status, limit(note), limit(evidence), actor.username(),
                clock.instant()));
        audit.recordWithChange(AuditAction.TASK_REPORTED, "plan_task", taskId, unit.key() + " " + status
                + (instance == null ? "" : " " + instance));
    }

    /** The county office adds a task (the annual summary, a new campaign), with a date or a rule. */
    public PlanTask add(String code, TaskTerms terms, SignedInUser actor) {
        if (actor.role() != Role.COUNTY) {
            throw new TaskRefusedException("task.error.countyOnly");
        }
        RegionCode county = countyOf(actor, null);
        String c = code == null ? "" : code.strip();
        if (c.isEmpty() || c.length() > 20) {
            throw TaskRefusedException.ofField("code", "task.error.code");
        }
        TaskTerms t = checked(startingToday(terms));
        if (tasks.existsByCountyCodeAndCodeAndArchivedOnIsNull(county.value(), c)) {
            throw TaskRefusedException.ofField("code", "task.error.codeTaken");
        }
        int order = all(county).stream().mapToInt(PlanTask::getSortOrder).max().orElse(0) + 1;
        PlanTask task = tasks.save(new PlanTask(county.value(), null, c, "新增", order, actor.username(), t));
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "plan_task", task.getId(), "added " + c);
        return task;
    }

    /** A task of the county office's own county, to edit; another county's answers like a missing one. */
    @Transactional(readOnly = true)
    public PlanTask find(long id, SignedInUser actor) {
        if (actor.role() != Role.COUNTY) {
            throw new TaskRefusedException("task.error.countyOnly");
        }
        String county = countyOf(actor, null).value();
        return tasks.findById(id).filter(t -> t.getCountyCode().equals(county)).orElseThrow(() -> {
            audit.record(AuditAction.ACCESS_DENIED, "plan_task", id, AuditOutcome.DENIED, "edit");
            return new OutsideJurisdictionException("plan_task " + id);
        });
    }

    /**
     * The county office corrects a task: its wording, lines, dates or rule, funds or phase; the code and the reports
     * stay. A copy edited by someone else meanwhile is refused rather than overwritten; an archived task is read-only.
     */
    public PlanTask change(long id, long expectedVersion, TaskTerms terms, SignedInUser actor) {
        PlanTask task = current(id, expectedVersion, actor);
        TaskTerms t = checked(terms.startsOn() == null && terms.recurrence().isPresent()
                ? withStart(terms, task.getStartsOn() == null ? today() : task.getStartsOn()) : terms);
        task.change(t);
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "plan_task", id, "changed " + task.getCode());
        return task;
    }

    /** The county office archives a task: kept with its reports, read-only from then on. */
    public void archive(long id, long expectedVersion, SignedInUser actor) {
        PlanTask task = current(id, expectedVersion, actor);
        task.archive(today(), actor.username());
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "plan_task", id, "archived " + task.getCode());
    }

    /**
     * A county adopts a plan: its current tasks are archived (kept, read-only) and the plan's are written. A task that
     * comes back starts on the adoption day at the earliest, so that no instance falls before the county worked under
     * the plan.
     */
    public void adopt(RegionCode county, String planId, List<PackTask> planTasks, String by) {
        LocalDate today = today();
        for (PlanTask old : all(county)) {
            old.archive(today, by);
        }
        tasks.flush();
        int order = 0;
        for (PackTask p : planTasks) {
            TaskTerms t = p.terms();
            if (t.recurrence().isPresent() && (t.startsOn() == null || t.startsOn().isBefore(today))) {
                t = withStart(t, today);
            }
            tasks.save(new PlanTask(county.value(), planId, p.code(), p.section(), ++order * 10, by, checked(t)));
        }
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "plan_task", county.value(), "adopted " + planId);
    }

    private PlanTask current(long id, long expectedVersion, SignedInUser actor) {
        PlanTask task = find(id, actor);
        if (task.isArchived()) {
            throw new TaskRefusedException("task.error.archived");
        }
        if (task.getVersion() != expectedVersion) {
            throw new TaskRefusedException("common.error.concurrentEdit");
        }
        return task;
    }

    private TaskTerms startingToday(TaskTerms terms) {
        return terms.recurrence().isPresent() && terms.startsOn() == null ? withStart(terms, today()) : terms;
    }

    private static TaskTerms withStart(TaskTerms t, LocalDate start) {
        return new TaskTerms(t.title(), t.lead(), t.responsible(), start, t.dueOn(), t.recurrence(), t.fundsWan(),
                t.phase());
    }

    private static TaskTerms checked(TaskTerms terms) {
        String t = terms.title() == null ? "" : terms.title().strip();
        if (t.isEmpty() || t.length() > 300) {
            throw TaskRefusedException.ofField("title", "task.error.title");
        }
        if (terms.lead() == null) {
            throw TaskRefusedException.ofField("lead", "task.error.lead");
        }
        if (terms.dueOn() == null && terms.recurrence().isEmpty()) {
            throw TaskRefusedException.ofField("dueOn", "task.error.timeLimit");
        }
        if (terms.recurrence().isEmpty() && terms.startsOn() != null && terms.startsOn().isAfter(terms.dueOn())) {
            throw TaskRefusedException.ofField("startsOn", "task.error.dates");
        }
        if (!FundsWan.acceptable(terms.fundsWan())) {
            throw TaskRefusedException.ofField("fundsWan", "task.error.funds");
        }
        return new TaskTerms(t, terms.lead(), terms.responsible(), terms.startsOn(), terms.dueOn(),
                terms.recurrence(), terms.fundsWan(), terms.phase());
    }

    /** The units of the county: its departments (one per line and organisation) and its towns. */
    public List<TaskUnit> units(RegionCode county) {
        List<TaskUnit> units = new ArrayList<>();
        for (Organisation o : organisations.countyDepartments(county.value())) {
            units.add(new TaskUnit(o.getId(), null, o.getDepartmentType(), o.getName()));
        }
        for (Region r : regions.subtree(county)) {
            if (r.getLevel() == RegionLevel.TOWN) {
                units.add(new TaskUnit(null, r.getCode(), DepartmentType.TOWN, r.getName()));
            }
        }
        return units;
    }

    /** The unit the user reports for: its county department, or its town. */
    Optional<TaskUnit> unitOf(SignedInUser actor) {
        if (actor.role() == Role.DEPARTMENT) {
            return organisations.countyDepartment(actor.jurisdiction().organisationId())
                    .map(o -> new TaskUnit(o.getId(), null, o.getDepartmentType(), o.getName()));
        }
        if (actor.role() == Role.TOWN) {
            RegionCode town = actor.jurisdiction().region();
            return Optional.of(new TaskUnit(null, town.value(), DepartmentType.TOWN, regions.nameOf(town.value())));
        }
        return Optional.empty();
    }

    /** The county whose plan the user works under (or, above a county, the one it chose: {@code requested}). */
    private RegionCode countyOf(SignedInUser actor, String requested) {
        return regions.workingCounty(actor.jurisdiction().county(), requested)
                .orElseThrow(() -> new TaskRefusedException("task.error.noAccess"));
    }

    private static String limit(String s) {
        String t = Texts.strippedOrNull(s);
        if (t != null && t.length() > 1000) {
            throw new TaskRefusedException("task.error.tooLong");
        }
        return t;
    }
}
