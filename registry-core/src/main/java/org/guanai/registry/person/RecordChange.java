package org.guanai.registry.person;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One change of a person's record: who, when, what kind, and the fields with their before and after. */
@Entity
@Immutable
@Table(name = "record_change")
public class RecordChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_change_seq")
    @SequenceGenerator(name = "record_change_seq", sequenceName = "record_change_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_type", nullable = false, length = 8)
    private PersonType personType;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 40)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChangeAction action;

    @Column(length = 300)
    private String summary;

    /** The roster import that made this change, if one did. */
    @Column(name = "import_id")
    private Long importId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "record_change_field", joinColumns = @JoinColumn(name = "change_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> fields = new ArrayList<>();

    protected RecordChange() {
    }

    RecordChange(PersonType personType, long personId, Instant changedAt, String actor, ChangeAction action,
            String summary, List<FieldChange> fields, Long importId) {
        this.importId = importId;
        this.personType = personType;
        this.personId = personId;
        this.changedAt = changedAt;
        this.actor = actor;
        this.action = action;
        this.summary = summary;
        this.fields = new ArrayList<>(fields);
    }

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getActor() {
        return actor;
    }

    public ChangeAction getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }

    public Long getImportId() {
        return importId;
    }

    public List<FieldChange> getFields() {
        return fields;
    }
}
