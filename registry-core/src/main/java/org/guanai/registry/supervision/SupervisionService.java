package org.guanai.registry.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.casework.CaseFigures;
import org.guanai.registry.organisation.Organisation;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.report.Attachment3Column;
import org.guanai.registry.report.QuarterlyReportService;
import org.guanai.registry.report.ReportStatus;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.task.TaskService;
import org.guanai.registry.task.TaskStatus;
import org.guanai.registry.task.TaskUnit;
import org.guanai.registry.training.TrainingRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the 督查督办局 checks every quarter (Longli 七（三）): per unit its tasks done and overdue, per town its
 * quarterly reports on time, late or missing, per department its overdue cases. Read-only, for the inspector
 * and the county office.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionService {

    private final TaskService tasks;
    private final QuarterlyReportService reports;
    private final CaseFigures cases;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final Inspections inspections;
    private final Assessments assessments;
    private final TrainingRecords training;

    SupervisionService(TaskService tasks, QuarterlyReportService reports, CaseFigures cases,
            OrganisationService organisations, RegionService regions, Inspections inspections,
            Assessments assessments, TrainingRecords training) {
        this.inspections = inspections;
        this.assessments = assessments;
        this.training = training;
        this.tasks = tasks;
        this.regions = regions;
        this.reports = reports;
        this.cases = cases;
        this.organisations = organisations;
    }

    /** A unit's tasks: how many parts it has, done, overdue. */
    public record UnitTasks(TaskUnit unit, int parts, int done, int overdue) {
    }

    /**
     * A town's quarterly report for one quarter: on time, late, missing (or waiting), and the departments whose
     * verification of a waiting report is past its due day.
     */
    public record TownReport(String town, Quarter quarter, ReportStatus status, boolean submitted, boolean late,
            Set<Attachment3Column.Verifier> overdueVerifiers, LocalDate verificationDue) {
    }

    /** A department's open cases past their due date. */
    public record OverdueCases(String owner, long count) {
    }

    /**
     * The overview; {@code inspections} and {@code followUps} are the county's records (none for a user above a county,
     * who keeps none).
     */
    public record Overview(String countyName, List<UnitTasks> tasks, List<TownReport> reports,
            List<OverdueCases> cases, List<Inspections.Inspection> inspections, List<Inspections.FollowUp> followUps,
            TrainingRecords.Figures training, Assessments.Sheet assessment) {

        public long openFollowUps() {
            return followUps.stream().filter(Inspections.FollowUp::isOpen).count();
        }
    }

    /**
     * The overview of the user's county, or for an inspector above a county of the county it chose ({@code county};
     * its overdue cases are those of every county it oversees).
     */
    public Overview overview(SignedInUser actor, String county) {
        if (!(actor.role() == Role.INSPECTOR || actor.role() == Role.COUNTY)) {
            throw new IllegalStateException("supervision is for the inspector and the county office");
        }
        Map<String, int[]> byUnit = new LinkedHashMap<>();
        Map<String, TaskUnit> units = new LinkedHashMap<>();
        RegionCode working = regions.workingCounty(actor.jurisdiction().county(), county)
                .orElseThrow(() -> new IllegalStateException("no county for " + actor.username()));
        String countyPrefix = working.prefix();
        for (TaskService.TaskRow row : tasks.rows(new TaskService.TaskFilter(working.value(), null, null, null, null),
                actor)) {
            units.putIfAbsent(row.unit().key(), row.unit());
            int[] counts = byUnit.computeIfAbsent(row.unit().key(), k -> new int[3]);
            counts[0]++;
            if (row.status() == TaskStatus.DONE) {
                counts[1]++;
            }
            if (row.overdue()) {
                counts[2]++;
            }
        }
        List<UnitTasks> unitTasks = new ArrayList<>();
        byUnit.forEach((key, c) -> unitTasks.add(new UnitTasks(units.get(key), c[0], c[1], c[2])));

        List<TownReport> townReports = new ArrayList<>();
        Quarter current = Quarter.of(reports.today());
        for (Quarter q : List.of(current.previous(), current)) {
            for (QuarterlyReportService.TownLine line : reports.overview(q, actor)) {
                if (!line.town().getCode().startsWith(countyPrefix)) {
                    continue;
                }
                townReports.add(new TownReport(line.town().getName(), q, line.status(), line.latest() != null,
                        line.late(), line.overdueVerifiers(), line.verificationDue()));
            }
        }

        List<OverdueCases> overdue = new ArrayList<>();
        cases.overdueByOwner(actor).entrySet().stream().sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                .forEach(e -> overdue.add(new OverdueCases(e.getKey() == null ? null
                        : organisations.find(e.getKey()).map(Organisation::getName).orElse("?"), e.getValue())));
        boolean keepsRecords = working.equals(actor.jurisdiction().county());
        return new Overview(regions.nameOf(working.value()), unitTasks, townReports, overdue,
                keepsRecords ? inspections.list(actor) : List.of(), keepsRecords ? inspections.followUps(actor)
                        : List.of(), training.figures(working, reports.today().getYear()),
                keepsRecords ? assessments.sheet(reports.today().getYear(), actor) : null);
    }
}
