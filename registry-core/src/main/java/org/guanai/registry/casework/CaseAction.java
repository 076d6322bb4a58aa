package org.guanai.registry.casework;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.BatchSize;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** One entry of a case's action log: who took which step when, from and to which state, with what values. */
@Entity
@Table(name = "case_action")
public class CaseAction {

    /** The step code of the entry that opens a case. */
    public static final String OPENED = "open";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_action_seq")
    @SequenceGenerator(name = "case_action_seq", sequenceName = "case_action_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;

    @Column(nullable = false, length = 32)
    private String step;

    @Column(name = "from_state", length = 24)
    private String fromState;

    @Column(name = "to_state", nullable = false, length = 24)
    private String toState;

    @Column(length = 2000)
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "case_action_value", joinColumns = @JoinColumn(name = "action_id"))
    @MapKeyColumn(name = "field", length = 40)
    @Column(name = "value", length = 2000)
    private Map<String, String> values = new TreeMap<>();

    protected CaseAction() {
    }

    CaseAction(Long caseId, Instant at, Long actorAccountId, String actorName, String step, String fromState,
            String toState, String note, Map<String, String> values) {
        this.caseId = caseId;
        this.at = at;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.step = step;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                this.values.put(k, v);
            }
        });
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getAt() {
        return at;
    }

    Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getStep() {
        return step;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getNote() {
        return note;
    }

    /** The recorded values, in the order of the case's fields. */
    public Map<String, String> getValues() {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (CaseField f : CaseField.values()) {
            if (values.containsKey(f.key())) {
                ordered.put(f.key(), values.get(f.key()));
            }
        }
        return ordered;
    }
}
