package org.guanai.registry.audit;

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
import org.hibernate.annotations.Immutable;

/** One append-only audit row; the database refuses UPDATE and DELETE on the table. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_username", length = 40)
    private String actorUsername;

    @Column(length = 45)
    private String ip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "object_type", length = 40)
    private String objectType;

    @Column(name = "object_id", length = 64)
    private String objectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AuditOutcome outcome;

    @Column(length = 1000)
    private String detail;

    @Column(name = "county_code", length = 12)
    private String countyCode;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Actor actor, AuditAction action, String objectType, String objectId,
            AuditOutcome outcome, String detail) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actor.accountId();
        this.actorUsername = truncate(actor.username(), 40);
        this.ip = truncate(actor.ip(), 45);
        this.action = action;
        this.objectType = objectType;
        this.objectId = truncate(objectId, 64);
        this.outcome = outcome;
        this.detail = truncate(detail, 1000);
        this.countyCode = actor.countyCode();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getIp() {
        return ip;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getCountyCode() {
        return countyCode;
    }
}
