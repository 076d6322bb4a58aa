package org.guanai.registry.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A department's check of one attachment 3 column of a submitted report: confirmed ({@code corrected} null)
 * or corrected, with a note. Kept beside the town's figure, never over it.
 */
@Entity
@Table(name = "quarterly_verification")
public class Verification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Attachment3Column.Verifier line;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Attachment3Column col;

    private Integer corrected;

    @Column(length = 500)
    private String note;

    /** Confirmed by the county office on the department's behalf (代为确认); {@code note} holds the reason. */
    @Column(name = "on_behalf", nullable = false)
    private boolean onBehalf;

    @Column(name = "verified_by", nullable = false, length = 40)
    private String verifiedBy;

    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    protected Verification() {
    }

    Verification(Long reportId, Attachment3Column col) {
        this.reportId = reportId;
        this.col = col;
        this.line = col.verifier();
    }

    void record(Integer corrected, String note, String by, Instant at) {
        this.onBehalf = false;
        this.corrected = corrected;
        this.note = note;
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    /** The county office confirms the town's figure for the department, giving its reason. */
    void confirmOnBehalf(String reason, String by, Instant at) {
        record(null, reason, by, at);
        this.onBehalf = true;
    }

    public boolean isOnBehalf() {
        return onBehalf;
    }

    public Long getReportId() {
        return reportId;
    }

    public Attachment3Column.Verifier getLine() {
        return line;
    }

    public Attachment3Column getColumn() {
        return col;
    }

    /** The department's figure when it differs from the town's; null when it confirmed the town's. */
    public Integer getCorrected() {
        return corrected;
    }

    public String getNote() {
        return note;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
