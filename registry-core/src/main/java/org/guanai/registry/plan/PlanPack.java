package org.guanai.registry.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.guanai.registry.organisation.DepartmentType;

/**
 * A county's plan as data (docs/plans.md): what it is, the committee it sets up, the units it names, its tasks with
 * their time limits, its "456" items (or none), the report deadline, its words, the case types it enables and their
 * routes, and the criteria of its yearly assessment. Read from {@code plans/<id>/plan.yaml}; never changed at run time.
 */
public record PlanPack(String id, String name, String issuer, String number, LocalDate issued, int year,
        List<String> covers, PlanWords words, int reportDeadlineDay, CommitteeLine committee, List<Unit> units,
        List<TaskLine> tasks, List<PatternLine> pattern, List<String> caseTypes, List<RouteLine> routes,
        List<Criterion> assessment) {

    /** The committee: 领导小组 (LEADING_GROUP) or 联席会议 (JOINT_MEETING), and its roster. */
    public record CommitteeLine(String kind, String name, String basis, String office, List<MemberLine> members) {
    }

    /** One line of the roster: position (LEADER, DEPUTY, MEMBER, OFFICE_HEAD …), name, title, unit. */
    public record MemberLine(String position, String personName, String title, String unit) {
    }

    /** A unit the plan names: its line of work, its demo organisation code (or none), name, and the plan's names. */
    public record Unit(DepartmentType line, String code, String name, List<String> names) {
    }

    /**
     * A task: a date ({@code due}) or a rule ({@code every}, see task.Recurrence) as its time limit; funds in 万元.
     */
    public record TaskLine(String code, String section, String title, DepartmentType lead,
            Set<DepartmentType> responsible, LocalDate starts, LocalDate due, String every, BigDecimal funds,
            String phase) {
    }

    /** A "456" item; {@code shownByCare} names the care records that show it (care.CarePattern), or null. */
    public record PatternLine(String level, int number, String title, DepartmentType lead,
            Set<DepartmentType> responsible, LocalDate due, BigDecimal funds, String shownByCare) {
    }

    /** A case type's route in this plan (casework.CaseRouting). */
    public record RouteLine(String type, DepartmentType line, boolean townFirst, int days, String lead,
            String responsible, String basis) {
    }

    /** A criterion of the yearly assessment (考核评比) and its full points. */
    public record Criterion(String name, int points) {
    }

    public boolean enables(String caseType) {
        return caseTypes.contains(caseType);
    }

    public boolean hasPattern() {
        return !pattern.isEmpty();
    }

    /** 领导小组 or 联席会议. */
    public boolean isJointMeeting() {
        return "JOINT_MEETING".equals(committee.kind());
    }

    /** The plan's full points of the assessment. */
    public int assessmentPoints() {
        return assessment.stream().mapToInt(Criterion::points).sum();
    }
}
