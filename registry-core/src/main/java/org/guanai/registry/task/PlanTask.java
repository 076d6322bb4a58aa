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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
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

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private TaskPhase phase;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_by", length = 40)
    private String createdBy;

    protected PlanTask() {
    }

    PlanTask(String countyCode, String code, String section, String title, DepartmentType leadLine,
            Set<DepartmentType> responsible, LocalDate startsOn, LocalDate dueOn, TaskPhase phase, int sortOrder,
            String createdBy) {
        this.countyCode = countyCode;
        this.code = code;
        this.section = section;
        this.createdBy = createdBy;
        this.sortOrder = sortOrder;
        change(title, leadLine, responsible, startsOn, dueOn, phase);
    }

    void change(String title, DepartmentType leadLine, Set<DepartmentType> responsible, LocalDate startsOn,
            LocalDate dueOn, TaskPhase phase) {
        this.title = title;
        this.leadLine = leadLine;
        this.responsibleLines = responsible.stream().map(Enum::name).collect(Collectors.joining(","));
        this.startsOn = startsOn;
        this.dueOn = dueOn;
        this.phase = phase;
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
