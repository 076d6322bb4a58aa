package org.guanai.registry.elder;

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
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.Pinyin;

/** A left-behind elder of the registry. Never deleted: exits with a reason and can be restored. */
@Entity
@Table(name = "elder")
public class Elder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "elder_seq")
    @SequenceGenerator(name = "elder_seq", sequenceName = "elder_seq", allocationSize = 50)
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
    private ElderDetails details = new ElderDetails();

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

    protected Elder() {
    }

    Elder(ElderDetails details, Instant now) {
        this.createdAt = now;
        replaceDetails(details, now);
    }

    void replaceDetails(ElderDetails newDetails, Instant now) {
        this.details = newDetails.copy();
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

    public ElderDetails getDetails() {
        return details.copy();
    }

    public LocalDate getLastVisitDate() {
        return lastVisitDate;
    }

    public String getVillageCode() {
        return details.getVillageCode();
    }

    public String getName() {
        return details.getName();
    }
}
