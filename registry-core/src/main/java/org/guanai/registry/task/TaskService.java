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
import org.guanai.registry.organisation.OrganisationKind;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
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

    /** One unit's part in one task, with its latest report. */
    public record TaskRow(PlanTask task, TaskUnit unit, boolean lead, TaskStatus status, TaskReport latest,
            boolean overdue, boolean mine) {
    }

    /**
     * Filters of the task list; nulls mean any. {@code county}: the county chosen by a user whose scope lies above a
     * county (RegionService#workingCounty); everyone else sees its own county whatever is asked.
     */
    public record TaskFilter(String county, DepartmentType line, TaskStatus status, Boolean overdue, TaskPhase phase) {

        /** Everything of the user's own (or default) county. */
        public static TaskFilter all() {
            return new TaskFilter(null, null, null, null, null);
        }
    }

    /** Reads no data, so it opens no transaction (the class's default would take a connection for it). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LocalDate today() {
        return properties.today(clock);
    }

    /** The tasks of a county's plan, in the plan's order. */
    @Transactional(readOnly = true)
    public List<PlanTask> all(RegionCode county) {
        return tasks.findByCountyCodeOrderBySortOrderAscIdAsc(county.value());
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
        List<PlanTask> plan = all(county);
        Map<String, TaskReport> latest = new HashMap<>();
        for (TaskReport r : reports.findByTaskIdInOrderByReportedAtAscIdAsc(plan.stream().map(PlanTask::getId)
                .toList())) {
            latest.put(r.getTaskId() + "|" + (r.getRegionCode() != null ? "town:" + r.getRegionCode()
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
            for (TaskUnit unit : units) {
                if (!lines.contains(unit.line())) {
                    continue;
                }
                boolean isMine = mine.map(m -> m.key().equals(unit.key())).orElse(false);
                if (!seesAll && !isMine) {
                    continue;
                }
                TaskReport r = latest.get(task.getId() + "|" + unit.key());
                TaskStatus status = r == null ? TaskStatus.NOT_STARTED : r.getStatus();
                boolean overdue = status != TaskStatus.DONE && today.isAfter(task.getDueOn());
                if ((filter.line() == null || filter.line() == unit.line())
                        && (filter.status() == null || filter.status() == status)
                        && (filter.overdue() == null || filter.overdue() == overdue)) {
                    rows.add(new TaskRow(task, unit, task.getLeadLine() == unit.line(), status, r, overdue, isMine));
                }
            }
        }
        return rows;
    }

    /** A unit reports its own part: status, a dated note and the evidence. Another unit's part is refused. */
    public void report(long taskId, TaskStatus status, String note, String evidence, SignedInUser actor) {
        TaskUnit unit = unitOf(actor).orElseThrow(() -> new TaskRefusedException("task.error.notYourTask"));
        PlanTask task = tasks.findById(taskId).orElseThrow(() -> new TaskRefusedException("task.error.notYourTask"));
        if (!task.lines().contains(unit.line()) || !task.getCountyCode().equals(countyOf(actor, null).value())) {
            throw new TaskRefusedException("task.error.notYourTask");
        }
        if (status == null) {
            throw new TaskRefusedException("task.error.status");
        }
        reports.save(new TaskReport(taskId, unit, status, limit(note), limit(evidence), actor.username(),
                clock.instant()));
        audit.recordWithChange(AuditAction.TASK_REPORTED, "plan_task", taskId, unit.key() + " " + status);
    }

    /** The county office adds a task (the annual summary, a new campaign). */
    public PlanTask add(String code, String title, DepartmentType lead, Set<DepartmentType> responsible,
            LocalDate startsOn, LocalDate dueOn, TaskPhase phase, SignedInUser actor) {
        if (actor.role() != Role.COUNTY) {
            throw new TaskRefusedException("task.error.countyOnly");
        }
        RegionCode county = countyOf(actor, null);
        String c = code == null ? "" : code.strip();
        String t = checked(c, title, lead, startsOn, dueOn);
        if (tasks.existsByCountyCodeAndCode(county.value(), c)) {
            throw new TaskRefusedException("task.error.codeTaken");
        }
        int order = all(county).stream().mapToInt(PlanTask::getSortOrder).max().orElse(0) + 1;
        PlanTask task = tasks.save(new PlanTask(county.value(), c, "新增", t, lead, responsible, startsOn, dueOn, phase,
                order, actor.username()));
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
     * The county office corrects a task: its wording, lines, dates or phase; the code and the reports stay.
     * A copy edited by someone else meanwhile is refused rather than overwritten.
     */
    public PlanTask change(long id, long expectedVersion, String title, DepartmentType lead,
            Set<DepartmentType> responsible, LocalDate startsOn, LocalDate dueOn, TaskPhase phase, SignedInUser actor) {
        PlanTask task = find(id, actor);
        if (task.getVersion() != expectedVersion) {
            throw new TaskRefusedException("common.error.concurrentEdit");
        }
        String t = checked(task.getCode(), title, lead, startsOn, dueOn);
        task.change(t, lead, responsible, startsOn, dueOn, phase);
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "plan_task", id, "changed " + task.getCode());
        return task;
    }

    private static String checked(String code, String title, DepartmentType lead, LocalDate startsOn,
            LocalDate dueOn) {
        String t = title == null ? "" : title.strip();
        if (code.isEmpty() || code.length() > 20 || t.isEmpty() || t.length() > 300 || lead == null || dueOn == null) {
            throw new TaskRefusedException("task.error.fields");
        }
        if (startsOn != null && startsOn.isAfter(dueOn)) {
            throw new TaskRefusedException("task.error.dates");
        }
        return t;
    }

    /** The units of the county: its departments (one per line and organisation) and its towns. */
    List<TaskUnit> units(RegionCode county) {
        List<TaskUnit> units = new ArrayList<>();
        for (Organisation o : organisations.all()) {
            if (o.isActive() && o.getKind() == OrganisationKind.COUNTY_DEPARTMENT && o.getDepartmentType() != null
                    && o.getRegionCode().equals(county.value())) {
                units.add(new TaskUnit(o.getId(), null, o.getDepartmentType(), o.getName()));
            }
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
            return organisations.find(actor.jurisdiction().organisationId())
                    .filter(o -> o.getKind() == OrganisationKind.COUNTY_DEPARTMENT && o.getDepartmentType() != null)
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
