package org.guanai.registry.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.guanai.registry.shared.Quarter;

/**
 * One submission of a town's quarterly report: the attachment 3 figures and roster counts as they were at
 * submission (the workbook is kept beside, in its own table). Never changed after submission except for
 * the county's decision; a returned report is resubmitted as the next revision.
 */
@Entity
@Table(name = "quarterly_report")
public class QuarterlyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "region_code", nullable = false, length = 12)
    private String regionCode;

    @Column(nullable = false, length = 7)
    private String quarter;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportStatus status;

    @Column(name = "leader_name", nullable = false, length = 50)
    private String leaderName;

    @Column(name = "submitted_by", nullable = false, length = 40)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "children_count", nullable = false)
    private int childrenCount;

    @Column(name = "elders_count", nullable = false)
    private int eldersCount;

    @Column(name = "period_from", nullable = false)
    private Instant periodFrom;

    @Column(name = "period_to", nullable = false)
    private Instant periodTo;

    /** 五个责任落实情况: the town's written report that goes with the tables. */
    @Column(name = "duties_report")
    private String dutiesReport;

    @Column(name = "reviewed_by", length = 40)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment", length = 500)
    private String reviewComment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quarterly_report_figure", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "col", length = 40)
    @Column(name = "value", nullable = false)
    private Map<Attachment3Column, Integer> figures = new EnumMap<>(Attachment3Column.class);

    protected QuarterlyReport() {
    }

    QuarterlyReport(String regionCode, Quarter quarter, int revision, String leaderName, String submittedBy,
            Instant submittedAt, boolean late, ReportPeriod period, Attachment3Figures figures, int childrenCount,
            int eldersCount, String dutiesReport) {
        this.regionCode = regionCode;
        this.quarter = quarter.toString();
        this.revision = revision;
        this.status = ReportStatus.SUBMITTED;
        this.leaderName = leaderName;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.late = late;
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.figures.putAll(figures.values());
        this.childrenCount = childrenCount;
        this.eldersCount = eldersCount;
        this.dutiesReport = dutiesReport;
    }

    void decide(ReportStatus decision, String by, Instant at, String comment) {
        this.status = decision;
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewComment = comment;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Quarter getQuarter() {
        return Quarter.parse(quarter);
    }

    public int getRevision() {
        return revision;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isLate() {
        return late;
    }

    /** The span whose events the figures count. */
    public ReportPeriod getPeriod() {
        return new ReportPeriod(periodFrom, periodTo);
    }

    public int getChildrenCount() {
        return childrenCount;
    }

    public int getEldersCount() {
        return eldersCount;
    }

    public String getDutiesReport() {
        return dutiesReport;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    /** The figures as submitted. */
    public Attachment3Figures getFigures() {
        return new Attachment3Figures(figures);
    }
}
