package org.guanai.registry.supervision;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.plan.CountyPlans;
import org.guanai.registry.plan.PlanPack;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.task.TaskService;
import org.guanai.registry.task.TaskUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly assessment (考核评比): the county's plan sets the criteria and their full points; the inspector or the
 * county office scores each town and each county department of the county; the ranking is derived, towns and
 * departments apart (docs/plans.md, "Assessment").
 */
@Service
@Transactional
public class Assessments {

    private final JdbcTemplate jdbc;
    private final CountyPlans plans;
    private final TaskService tasks;
    private final AuditService audit;
    private final Clock clock;

    Assessments(JdbcTemplate jdbc, CountyPlans plans, TaskService tasks, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    /** A unit's line of the year: its scores by criterion, its total and its rank among its kind (towns, departments). */
    public record UnitScore(TaskUnit unit, Map<String, BigDecimal> scores, BigDecimal total, int rank) {
    }

    public record Sheet(int year, List<PlanPack.Criterion> criteria, List<UnitScore> towns, List<UnitScore> departments) {

        public boolean hasCriteria() {
            return !criteria.isEmpty();
        }
    }

    /** The user's county's assessment of {@code year}. */
    @Transactional(readOnly = true)
    public Sheet sheet(int year, SignedInUser actor) {
        RegionCode county = Inspections.countyOf(actor);
        List<PlanPack.Criterion> criteria = plans.current(county).map(PlanPack::assessment).orElse(List.of());
        Map<String, Map<String, BigDecimal>> scores = new HashMap<>();
        jdbc.query("select unit_key, criterion, score from assessment_score where county_code = ? and year = ?",
                rs -> {
                    scores.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                            rs.getBigDecimal(3));
                }, county.value(), year);
        List<TaskUnit> towns = new ArrayList<>();
        List<TaskUnit> departments = new ArrayList<>();
        for (TaskUnit u : tasks.units(county)) {
            (u.isTown() ? towns : departments).add(u);
        }
        return new Sheet(year, criteria, ranked(towns, criteria, scores), ranked(departments, criteria, scores));
    }

    /** Scores refused: the cells ({@code score|<unit key>|<criterion>}, as the form names them) at fault. */
    public static class ScoresRefusedException extends SupervisionRefusedException {

        private final transient Set<String> cells;

        public ScoresRefusedException(Set<String> cells) {
            super("assessment.error.score");
            this.cells = Set.copyOf(cells);
        }

        public Set<String> cells() {
            return cells;
        }

        /** A cell's name in the form. */
        public static String cell(String unitKey, String criterion) {
            return "score|" + unitKey + "|" + criterion;
        }
    }

    /**
     * Records scores ({@code scores}: unit key → criterion → score, null to remove one), all or none: a score below 0
     * or above the criterion's points refuses them all, naming every such cell.
     */
    public void record(int year, Map<String, Map<String, BigDecimal>> scores, SignedInUser actor) {
        RegionCode county = Inspections.countyOf(actor);
        if (year < 2000 || year > 2999) {
            throw new SupervisionRefusedException("assessment.error.year");
        }
        Map<String, Integer> points = new HashMap<>();
        plans.current(county).map(PlanPack::assessment).orElse(List.of())
                .forEach(c -> points.put(c.name(), c.points()));
        Map<String, TaskUnit> units = new HashMap<>();
        tasks.units(county).forEach(u -> units.put(u.key(), u));
        Set<String> refused = new TreeSet<>();
        scores.forEach((unitKey, byCriterion) -> byCriterion.forEach((criterion, score) -> {
            Integer full = points.get(criterion);
            if (!units.containsKey(unitKey) || full == null) {
                throw new SupervisionRefusedException("assessment.error.unknown");
            }
            if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(full)) > 0)) {
                refused.add(ScoresRefusedException.cell(unitKey, criterion));
            }
        }));
        if (!refused.isEmpty()) {
            throw new ScoresRefusedException(refused);
        }
        scores.forEach((unitKey, byCriterion) -> byCriterion.forEach((criterion, score) -> {
            if (score == null) {
                jdbc.update("delete from assessment_score where county_code = ? and year = ? and unit_key = ? "
                        + "and criterion = ?", county.value(), year, unitKey, criterion);
                return;
            }
            jdbc.update("""
                    insert into assessment_score (county_code, year, unit_key, unit_name, criterion, score, recorded_by,
                        recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (county_code, year, unit_key, criterion) do update set score = excluded.score,
                        recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                    """, county.value(), year, unitKey, units.get(unitKey).name(), criterion, score,
                    actor.username(), Timestamp.from(clock.instant()));
        }));
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "assessment_score", county.value() + " " + year,
                "scored");
    }

    private static List<UnitScore> ranked(List<TaskUnit> units, List<PlanPack.Criterion> criteria,
            Map<String, Map<String, BigDecimal>> scores) {
        List<UnitScore> lines = new ArrayList<>();
        for (TaskUnit u : units) {
            Map<String, BigDecimal> own = scores.getOrDefault(u.key(), Map.of());
            BigDecimal total = criteria.stream().map(c -> own.getOrDefault(c.name(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            lines.add(new UnitScore(u, own, total, 0));
        }
        lines.sort(Comparator.comparing(UnitScore::total).reversed());
        List<UnitScore> withRank = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            UnitScore s = lines.get(i);
            // Equal totals share a rank (1, 2, 2, 4).
            int rank = i > 0 && lines.get(i - 1).total().compareTo(s.total()) == 0 ? withRank.get(i - 1).rank() : i + 1;
            withRank.add(new UnitScore(s.unit(), s.scores(), s.total(), rank));
        }
        return withRank;
    }
}
