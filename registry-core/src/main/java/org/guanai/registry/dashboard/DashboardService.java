package org.guanai.registry.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.casework.CaseFigures;
import org.guanai.registry.child.KeyTargets;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionCodeRange;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.report.QuarterlyReportService;
import org.guanai.registry.report.ReportStatus;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.task.TaskService;
import org.guanai.registry.task.TaskStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every role's home-page figures. People are counted in the database over the active records of the user's
 * region (the same range condition the rosters use); cases, tasks and reports come from the services that own
 * them, in the user's scope, so a figure never counts what its reader could not open.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    static final int MONTHS = 12;
    static final int QUARTERS = 4;

    /** Flag columns of the child table, in the flags' order. */
    private static final Map<KeyTargets.Flag, String> FLAG_COLUMNS = new EnumMap<>(Map.of(
            KeyTargets.Flag.UNATTENDED, "flag_unattended",
            KeyTargets.Flag.ONE_AWAY_OTHER_INCAPABLE, "flag_one_away_incapable",
            KeyTargets.Flag.OUT_OF_SCHOOL, "flag_dropout",
            KeyTargets.Flag.NO_HUKOU, "flag_no_hukou",
            KeyTargets.Flag.HARDSHIP, "flag_hardship",
            KeyTargets.Flag.SERIOUS_ILLNESS, "flag_serious_illness",
            KeyTargets.Flag.DISABLED, "flag_disabled"));

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionService regions;
    private final CaseFigures cases;
    private final TaskService tasks;
    private final QuarterlyReportService reports;

    DashboardService(NamedParameterJdbcTemplate jdbc, RegionService regions, CaseFigures cases, TaskService tasks,
            QuarterlyReportService reports) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.cases = cases;
        this.tasks = tasks;
        this.reports = reports;
    }

    public Dashboard of(SignedInUser actor) {
        Role role = actor.role();
        boolean worksCases = role == Role.COUNTY || role == Role.TOWN || role == Role.VILLAGE
                || role == Role.DEPARTMENT || role == Role.INSPECTOR;
        boolean hasTasks = role == Role.COUNTY || role == Role.TOWN || role == Role.DEPARTMENT
                || role == Role.INSPECTOR;
        // A village is not part of the report chain: its town reports for it.
        boolean readsReports = worksCases && role != Role.VILLAGE && actor.jurisdiction().region() != null;
        String prefix = actor.jurisdiction().regionPrefix();
        // Each quarter's town lines read once: the last is this quarter's report status as well.
        List<Quarter> quarters = lastQuarters();
        Quarter current = quarters.get(quarters.size() - 1);
        Map<Quarter, List<QuarterlyReportService.TownLine>> towns = new LinkedHashMap<>();
        if (readsReports) {
            quarters.forEach(q -> towns.put(q, reports.overview(q, actor)));
        }
        return new Dashboard(
                prefix == null ? null : people(prefix),
                prefix == null || actor.jurisdiction().region() == null ? List.of()
                        : areas(actor.jurisdiction().region()),
                worksCases ? cases.openByType(actor) : List.of(),
                worksCases ? cases.perMonth(actor, MONTHS) : List.of(),
                hasTasks ? tasks(actor) : null,
                readsReports ? report(current, towns.get(current)) : null,
                readsReports ? timeliness(towns) : List.of());
    }

    private Dashboard.People people(String prefix) {
        MapSqlParameterSource p = RegionCodeRange.params(prefix);
        StringBuilder sql = new StringBuilder("select count(*) as children, count(*) filter (where key_target) as kt");
        FLAG_COLUMNS.forEach((flag, column) -> sql.append(", count(*) filter (where ").append(column).append(") as ")
                .append(column));
        sql.append(" from child where status = 'ACTIVE' and village_code between :lo and :hi");
        return jdbc.queryForObject(sql.toString(), p, (rs, n) -> {
            Map<KeyTargets.Flag, Long> byFlag = new EnumMap<>(KeyTargets.Flag.class);
            for (Map.Entry<KeyTargets.Flag, String> e : FLAG_COLUMNS.entrySet()) {
                byFlag.put(e.getKey(), rs.getLong(e.getValue()));
            }
            long elders = jdbc.queryForObject("select count(*) from elder where status = 'ACTIVE' "
                    + "and village_code between :lo and :hi", p, Long.class);
            return new Dashboard.People(rs.getLong("children"), rs.getLong("kt"), elders, byFlag);
        });
    }

    /** Key targets per region one level below the user's (none below a village). */
    private List<Dashboard.AreaCount> areas(RegionCode scope) {
        List<Region> below = regions.children(scope);
        if (below.isEmpty()) {
            return List.of();
        }
        int digits = below.get(0).getLevel().significantDigits();
        MapSqlParameterSource p = RegionCodeRange.params(scope.prefix()).addValue("digits", digits);
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select left(village_code, :digits) as area, count(*) as n from child where status = 'ACTIVE' "
                + "and key_target and village_code between :lo and :hi group by 1", p,
                rs -> {
                    counts.put(rs.getString("area"), rs.getLong("n"));
                });
        List<Dashboard.AreaCount> list = new ArrayList<>();
        for (Region r : below) {
            String areaPrefix = RegionCode.of(r.getCode()).prefix();
            list.add(new Dashboard.AreaCount(r.getCode(), r.getName(), counts.getOrDefault(areaPrefix, 0L)));
        }
        return list;
    }

    private Dashboard.TaskFigures tasks(SignedInUser actor) {
        int[] byStatus = new int[TaskStatus.values().length];
        int overdue = 0;
        List<TaskService.TaskRow> rows = tasks.rows(TaskService.TaskFilter.all(), actor);
        for (TaskService.TaskRow row : rows) {
            byStatus[row.status().ordinal()]++;
            if (row.overdue()) {
                overdue++;
            }
        }
        return new Dashboard.TaskFigures(rows.size(), byStatus[TaskStatus.NOT_STARTED.ordinal()],
                byStatus[TaskStatus.IN_PROGRESS.ordinal()], byStatus[TaskStatus.DONE.ordinal()], overdue);
    }

    private Dashboard.ReportFigures report(Quarter quarter, List<QuarterlyReportService.TownLine> lines) {
        int submitted = 0;
        int returned = 0;
        int approved = 0;
        int notIn = 0;
        for (QuarterlyReportService.TownLine line : lines) {
            ReportStatus status = line.status();
            if (status == null) {
                notIn++;
            } else if (status == ReportStatus.SUBMITTED) {
                submitted++;
            } else if (status == ReportStatus.RETURNED) {
                returned++;
            } else {
                approved++;
            }
        }
        LocalDate deadline = lines.isEmpty() ? reports.deadline(quarter, null) : lines.get(0).deadline();
        return new Dashboard.ReportFigures(quarter, deadline, lines.size(), submitted, returned,
                approved, notIn);
    }

    /** The last {@link #QUARTERS} quarters, oldest first, this one last. */
    private List<Quarter> lastQuarters() {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = Quarter.of(reports.today());
        for (int i = 0; i < QUARTERS; i++) {
            quarters.add(0, q);
            q = q.previous();
        }
        return quarters;
    }

    private List<Dashboard.Timeliness> timeliness(Map<Quarter, List<QuarterlyReportService.TownLine>> towns) {
        List<Dashboard.Timeliness> list = new ArrayList<>();
        for (Map.Entry<Quarter, List<QuarterlyReportService.TownLine>> e : towns.entrySet()) {
            Quarter quarter = e.getKey();
            int onTime = 0;
            int late = 0;
            int missing = 0;
            int waiting = 0;
            for (QuarterlyReportService.TownLine line : e.getValue()) {
                if (line.latest() != null) {
                    if (line.late()) {
                        late++;
                    } else {
                        onTime++;
                    }
                } else if (line.late()) {
                    missing++;
                } else {
                    waiting++;
                }
            }
            list.add(new Dashboard.Timeliness(quarter, onTime, late, missing, waiting));
        }
        return list;
    }
}
