package org.guanai.registry.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A county department (县公安局 …) or a unit of a town (派出所, 学校, 社会事业办 …). */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrganisationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "department_type", length = 24)
    private DepartmentType departmentType;

    @Column(name = "region_code", nullable = false, length = 12)
    private String regionCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String code, String name, OrganisationKind kind, DepartmentType departmentType, String regionCode,
            int sortOrder) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.departmentType = departmentType;
        this.regionCode = regionCode;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public DepartmentType getDepartmentType() {
        return departmentType;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** A county department with a line of work: a unit with its part in a plan's tasks and "456" items. */
    public boolean isCountyDepartment() {
        return kind == OrganisationKind.COUNTY_DEPARTMENT && departmentType != null;
    }

    public boolean isActive() {
        return active;
    }
}
