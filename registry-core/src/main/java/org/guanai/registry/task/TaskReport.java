package org.guanai.registry.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A unit's dated progress report on a task; the latest is the unit's status. Kept, never changed. */
@Entity
@Table(name = "task_report")
public class TaskReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private Long taskId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "region_code", length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TaskStatus status;

    @Column(length = 1000)
    private String note;

    @Column(length = 1000)
    private String evidence;

    @Column(name = "reported_by", nullable = false, length = 40)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    /** For a recurring task: the instance reported on (the period due that day); null for a task with one date. */
    @Column(name = "period_due")
    private LocalDate periodDue;

    protected TaskReport() {
    }

    TaskReport(Long taskId, LocalDate periodDue, TaskUnit unit, TaskStatus status, String note, String evidence,
            String reportedBy, Instant reportedAt) {
        this.taskId = taskId;
        this.periodDue = periodDue;
        this.organisationId = unit.organisationId();
        this.regionCode = unit.regionCode();
        this.status = status;
        this.note = note;
        this.evidence = evidence;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public LocalDate getPeriodDue() {
        return periodDue;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
