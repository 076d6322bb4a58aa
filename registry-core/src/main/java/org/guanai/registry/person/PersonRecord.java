package org.guanai.registry.person;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * What every person's record has besides its facts: the lifecycle (never deleted: exit with a reason,
 * restore), the pinyin search keys of the name, the last visit and the timestamps. The lifecycle
 * methods are public for the services of each kind of person; nothing else calls them.
 */
@MappedSuperclass
public abstract class PersonRecord<D extends PersonDetails> {

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

    @Column(name = "pinyin_full", nullable = false, length = 200)
    private String pinyinFull = "";

    @Column(name = "pinyin_initials", nullable = false, length = 50)
    private String pinyinInitials = "";

    /** 资料待补充: a value the registry asks for is missing (imported with gaps); derived on every change of facts. */
    @Column(nullable = false)
    private boolean incomplete;

    @Column(name = "last_visit_date")
    private LocalDate lastVisitDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PersonRecord() {
    }

    protected PersonRecord(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Derived search keys and the 资料待补充 mark follow every change of facts; {@code gaps} as the validator finds them. */
    protected void factsChanged(String name, boolean gaps, Instant now) {
        this.incomplete = gaps;
        Pinyin.Keys keys = Pinyin.of(name);
        this.pinyinFull = keys.full();
        this.pinyinInitials = keys.initials();
        this.updatedAt = now;
    }

    public boolean isIncomplete() {
        return incomplete;
    }

    public void exit(ExitReason reason, LocalDate date, String note, Instant now) {
        this.status = PersonStatus.EXITED;
        this.exitReason = reason;
        this.exitDate = date;
        this.exitNote = note;
        this.updatedAt = now;
    }

    public void restore(Instant now) {
        this.status = PersonStatus.ACTIVE;
        this.exitReason = null;
        this.exitDate = null;
        this.exitNote = null;
        this.updatedAt = now;
    }

    public void visited(LocalDate date) {
        if (lastVisitDate == null || date.isAfter(lastVisitDate)) {
            lastVisitDate = date;
        }
    }

    public abstract Long getId();

    public abstract long getVersion();

    /** The facts as held, never handed out: callers get {@link #getDetails()}, a copy. */
    protected abstract D facts();

    /** The one path by which facts change: whatever each kind derives from them follows in the same step. */
    protected abstract void replaceDetails(D newDetails, Instant now);

    /** A copy: changes go through the service, never through this object. */
    public D getDetails() {
        return PersonDetails.copyOf(facts());
    }

    /** The village the person is registered in; the jurisdiction is applied to it. */
    public String getVillageCode() {
        return facts().getVillageCode();
    }

    public String getName() {
        return facts().getName();
    }

    public int ageOn(LocalDate date) {
        return Period.between(facts().getBirthDate(), date).getYears();
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

    public LocalDate getLastVisitDate() {
        return lastVisitDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
