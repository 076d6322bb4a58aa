package org.guanai.registry.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.guanai.registry.casework.CaseFigures;
import org.guanai.registry.child.KeyTargets;
import org.guanai.registry.shared.Quarter;

/**
 * The figures of one user's home page, each computed in the user's own scope. A part the role has nothing to do
 * with is {@code null} (people for a reporting unit, tasks for the administrator …).
 *
 * @param people children, key targets by flag and elders on the rosters the user may read
 * @param areas key targets per town of a county (per village of a town)
 * @param cases open and overdue cases by type
 * @param months cases opened and closed in each of the last twelve months
 * @param tasks the user's tasks (its unit's part; every unit's for the county office and the inspector)
 * @param report the towns' reports of this quarter
 * @param timeliness the towns' reports of the last four quarters: on time, late, missing
 */
public record Dashboard(People people, List<AreaCount> areas, List<CaseFigures.TypeCount> cases,
        List<CaseFigures.MonthCount> months, TaskFigures tasks, ReportFigures report, List<Timeliness> timeliness) {

    public record People(long children, long keyTargets, long elders, Map<KeyTargets.Flag, Long> byFlag) {
    }

    /** One town (or village) of the user's region and its active key-target children. */
    public record AreaCount(String code, String name, long keyTargets) {
    }

    /** Parts of tasks by status; {@code overdue} counts the parts not done by their time limit. */
    public record TaskFigures(int parts, int notStarted, int inProgress, int done, int overdue) {
    }

    /** This quarter's reports of the towns in scope: how many are in, returned, approved, not in yet. */
    public record ReportFigures(Quarter quarter, LocalDate deadline, int towns, int submitted, int returned,
            int approved, int notIn) {
    }

    /**
     * One quarter's reports: in by the deadline, in late, not in after the deadline, and not in while the
     * deadline is still ahead.
     */
    public record Timeliness(Quarter quarter, int onTime, int late, int missing, int waiting) {
    }
}
