package org.guanai.registry.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A node of the region tree. Reference data: created by the loader, read by everyone. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    @Column(length = 12)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegionLevel level;

    @Column(name = "parent_code", length = 12)
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegionKind kind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Region() {
    }

    Region(RegionCode code, String name, RegionCode parent, RegionKind kind, int sortOrder) {
        this.code = code.value();
        this.name = name;
        this.level = code.level();
        this.parentCode = parent == null ? null : parent.value();
        this.kind = kind;
        this.sortOrder = sortOrder;
    }

    public RegionCode code() {
        return RegionCode.of(code);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public RegionKind getKind() {
        return kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
