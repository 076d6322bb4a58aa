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

/** A county's leading group or joint meeting: its name, the document that set it up, and where its office is. */
@Entity
@Table(name = "committee")
public class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "region_code", nullable = false, length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommitteeKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 300)
    private String basis;

    @Column(length = 1000)
    private String office;

    protected Committee() {
    }

    Committee(String regionCode, CommitteeKind kind) {
        this.regionCode = regionCode;
        this.kind = kind;
    }

    void describe(String name, String basis, String office) {
        this.name = name;
        this.basis = basis;
        this.office = office;
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

    public CommitteeKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getBasis() {
        return basis;
    }

    public String getOffice() {
        return office;
    }
}
