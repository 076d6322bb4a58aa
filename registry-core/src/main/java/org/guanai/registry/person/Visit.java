package org.guanai.registry.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.guanai.registry.shared.Texts;

/** A visit (走访) to a child or an elder. */
@Entity
@Table(name = "visit")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_seq")
    @SequenceGenerator(name = "visit_seq", sequenceName = "visit_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_type", nullable = false, length = 8)
    private PersonType personType;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(nullable = false, length = 50)
    private String visitor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private VisitKind kind;

    @Column(nullable = false, length = 1000)
    private String findings;

    @Column(name = "follow_up_needed", nullable = false)
    private boolean followUpNeeded;

    @Column(name = "follow_up", length = 500)
    private String followUp;

    /** The pairing (结对帮扶) whose contact this is, if any: its contact log. */
    @Column(name = "pairing_id")
    private Long pairingId;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Visit() {
    }

    Visit(PersonType personType, long personId, VisitForm form, Long pairingId, String recordedBy,
            Instant recordedAt) {
        this.pairingId = pairingId;
        this.personType = personType;
        this.personId = personId;
        this.visitDate = form.getVisitDate();
        this.visitor = form.getVisitor().strip();
        this.kind = form.getKind();
        this.findings = form.getFindings().strip();
        this.followUpNeeded = form.isFollowUpNeeded();
        this.followUp = Texts.strippedOrNull(form.getFollowUp());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public String getVisitor() {
        return visitor;
    }

    public VisitKind getKind() {
        return kind;
    }

    public String getFindings() {
        return findings;
    }

    public boolean isFollowUpNeeded() {
        return followUpNeeded;
    }

    public String getFollowUp() {
        return followUp;
    }

    public Long getPairingId() {
        return pairingId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
