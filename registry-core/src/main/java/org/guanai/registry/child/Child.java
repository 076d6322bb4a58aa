package org.guanai.registry.child;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.guanai.registry.person.ExitReason;
import org.guanai.registry.person.Pinyin;
import org.guanai.registry.person.PersonStatus;

/** A child of the registry (一人一档). Never deleted: exits with a reason and can be restored. */
@Entity
@Table(name = "child")
public class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_seq")
    @SequenceGenerator(name = "child_seq", sequenceName = "child_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PersonStatus status = PersonStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 24)
    private ExitReason exitReason;

    @Column(name = "exit_date")
    private LocalDate exitDate;

    @Column(name = "exit_note", length = 200)
    private String exitNote;

    @Embedded
    private ChildDetails details = new ChildDetails();

    @Embedded
    private KeyTargets keyTargets = new KeyTargets();

    @Column(name = "key_target", nullable = false)
    private boolean keyTarget;

    @Column(name = "pinyin_full", nullable = false, length = 200)
    private String pinyinFull = "";

    @Column(name = "pinyin_initials", nullable = false, length = 50)
    private String pinyinInitials = "";

    @Column(name = "last_visit_date")
    private LocalDate lastVisitDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Child() {
    }

    Child(ChildDetails details, Instant now) {
        this.createdAt = now;
        replaceDetails(details, now);
    }

    /** The one path by which facts change: derived flags and search keys follow in the same step. */
    void replaceDetails(ChildDetails newDetails, Instant now) {
        this.details = newDetails.copy();
        this.keyTargets = KeyTargets.of(this.details);
        this.keyTarget = keyTargets.any();
        Pinyin.Keys keys = Pinyin.of(details.getName());
        this.pinyinFull = keys.full();
        this.pinyinInitials = keys.initials();
        this.updatedAt = now;
    }

    void exit(ExitReason reason, LocalDate date, String note, Instant now) {
        this.status = PersonStatus.EXITED;
        this.exitReason = reason;
        this.exitDate = date;
        this.exitNote = note;
        this.updatedAt = now;
    }

    void restore(Instant now) {
        this.status = PersonStatus.ACTIVE;
        this.exitReason = null;
        this.exitDate = null;
        this.exitNote = null;
        this.updatedAt = now;
    }

    void visited(LocalDate date) {
        if (lastVisitDate == null || date.isAfter(lastVisitDate)) {
            lastVisitDate = date;
        }
    }

    public int ageOn(LocalDate date) {
        return Period.between(details.getBirthDate(), date).getYears();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PersonStatus getStatus() {
        return status;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public LocalDate getExitDate() {
        return exitDate;
    }

    public String getExitNote() {
        return exitNote;
    }

    /** A copy: changes go through the service, never through this object. */
    public ChildDetails getDetails() {
        return details.copy();
    }

    public KeyTargets getKeyTargets() {
        return keyTargets;
    }

    public boolean isKeyTarget() {
        return keyTarget;
    }

    public LocalDate getLastVisitDate() {
        return lastVisitDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getVillageCode() {
        return details.getVillageCode();
    }

    public String getName() {
        return details.getName();
    }
}
