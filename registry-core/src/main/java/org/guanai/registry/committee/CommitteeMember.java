package org.guanai.registry.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One line of a roster: the position, the person (or a post still to be named), the title and the unit. */
@Entity
@Table(name = "committee_member")
public class CommitteeMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "committee_id", nullable = false)
    private Long committeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberPosition position;

    @Column(name = "person_name", length = 40)
    private String personName;

    @Column(length = 200)
    private String title;

    @Column(length = 100)
    private String unit;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CommitteeMember() {
    }

    CommitteeMember(Long committeeId) {
        this.committeeId = committeeId;
    }

    void change(MemberPosition position, String personName, String title, String unit, int sortOrder) {
        this.position = position;
        this.personName = personName;
        this.title = title;
        this.unit = unit;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public MemberPosition getPosition() {
        return position;
    }

    public String getPersonName() {
        return personName;
    }

    public String getTitle() {
        return title;
    }

    public String getUnit() {
        return unit;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
