package org.guanai.registry.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.guanai.registry.organisation.DepartmentType;

/**
 * A task of the plan (Longli 五 and 六, or one the county adds): what, the lead line of work, the responsible
 * lines (TOWN meaning every town), the time limit and the phase.
 */
@Entity
@Table(name = "plan_task")
public class PlanTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** The county whose plan the task is part of; its code is unique within the county. */
    @Column(name = "county_code", nullable = false, length = 12)
    private String countyCode;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 20)
    private String section;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_line", nullable = false, length = 24)
    private DepartmentType leadLine;

    @Column(name = "responsible_lines", nullable = false, length = 400)
    private String responsibleLines;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    /** The time limit: a date, or (for a task that comes back) null and a {@link Recurrence}. */
    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(length = 20)
    private String recurrence;

    /** The funds the plan gives the task, in 万元 (Longli 五（六）: 不少于200万元). */
    @Column(name = "funds_wan", precision = 12, scale = 2)
    private BigDecimal fundsWan;

    /** The plan pack the task came from; null for one the county added. */
    @Column(name = "plan_id", length = 40)
    private String planId;

    /** Archived tasks are kept and read, never reported on or changed (a later plan, or the county's decision). */
    @Column(name = "archived_on")
    private LocalDate archivedOn;

    @Column(name = "archived_by", length = 40)
    private String archivedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private TaskPhase phase;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_by", length = 40)
    private String createdBy;

    protected PlanTask() {
    }

    PlanTask(String countyCode, String planId, String code, String section, int sortOrder, String createdBy,
            TaskTerms terms) {
        this.countyCode = countyCode;
        this.planId = planId;
        this.code = code;
        this.section = section;
        this.createdBy = createdBy;
        this.sortOrder = sortOrder;
        change(terms);
    }

    void change(TaskTerms terms) {
        this.title = terms.title();
        this.leadLine = terms.lead();
        this.responsibleLines = terms.responsible().stream().map(Enum::name).collect(Collectors.joining(","));
        this.startsOn = terms.startsOn();
        this.dueOn = terms.recurrence().isPresent() ? null : terms.dueOn();
        this.recurrence = terms.recurrence().map(Recurrence::text).orElse(null);
        this.fundsWan = terms.fundsWan();
        this.phase = terms.phase();
    }

    void archive(LocalDate on, String by) {
        this.archivedOn = on;
        this.archivedBy = by;
    }

    /** What the county may change of a task, as it stands. */
    public TaskTerms terms() {
        return new TaskTerms(title, leadLine, getResponsibleLines(), startsOn, dueOn, getRecurrence(), fundsWan, phase);
    }

    public Optional<Recurrence> getRecurrence() {
        return Recurrence.parse(recurrence);
    }

    /** 2017-07-31, or 每年3月31日前. */
    public String timeLimitLabel() {
        return getRecurrence().map(Recurrence::label).orElse(dueOn == null ? "" : dueOn.toString());
    }

    public BigDecimal getFundsWan() {
        return fundsWan;
    }

    public String getPlanId() {
        return planId;
    }

    public boolean isArchived() {
        return archivedOn != null;
    }

    public LocalDate getArchivedOn() {
        return archivedOn;
    }

    public String getArchivedBy() {
        return archivedBy;
    }

    public String getCountyCode() {
        return countyCode;
    }

    /** The lead line and the responsible lines: every line with a part in the task. */
    public Set<DepartmentType> lines() {
        Set<DepartmentType> all = EnumSet.of(leadLine);
        all.addAll(getResponsibleLines());
        return all;
    }

    public Set<DepartmentType> getResponsibleLines() {
        Set<DepartmentType> lines = EnumSet.noneOf(DepartmentType.class);
        if (!responsibleLines.isBlank()) {
            Arrays.stream(responsibleLines.split(",")).map(DepartmentType::valueOf).forEach(lines::add);
        }
        return lines;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getSection() {
        return section;
    }

    public String getTitle() {
        return title;
    }

    public DepartmentType getLeadLine() {
        return leadLine;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public TaskPhase getPhase() {
        return phase;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
