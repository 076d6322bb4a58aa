package org.guanai.registry.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.guanai.registry.organisation.DepartmentType;

/**
 * Reference data, seeded from the Longli plan and edited by the county office: which line of work owns a
 * case type, whether the town's unit of that line (派出所) takes it before the county's, and the time
 * limit from opening. A route of a county ({@code countyCode}) is that county's own; one without is the
 * installation's default, which a county follows until its office changes the route.
 */
@Entity
@Table(name = "case_route")
public class CaseRoute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "county_code", length = 12)
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 24)
    private CaseType type;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "department_type", nullable = false, length = 24)
    private DepartmentType departmentType;

    @Column(name = "town_unit_first", nullable = false)
    private boolean townUnitFirst;

    @Column(name = "time_limit_days", nullable = false)
    private int timeLimitDays;

    @Column(name = "lead_unit", nullable = false, length = 100)
    private String leadUnit;

    @Column(name = "responsible_units", nullable = false, length = 300)
    private String responsibleUnits;

    @Column(nullable = false, length = 40)
    private String basis;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 40)
    private String updatedBy;

    /** False for a case type the county's plan does not enable: no such case is opened there. */
    @Column(nullable = false)
    private boolean enabled = true;

    protected CaseRoute() {
    }

    /** The county's own copy of a default route, to be changed by its office. */
    CaseRoute ownedBy(String county) {
        CaseRoute own = new CaseRoute();
        own.countyCode = county;
        own.type = type;
        own.departmentType = departmentType;
        own.townUnitFirst = townUnitFirst;
        own.timeLimitDays = timeLimitDays;
        own.leadUnit = leadUnit;
        own.responsibleUnits = responsibleUnits;
        own.basis = basis;
        own.enabled = enabled;
        return own;
    }

    /** Takes a plan's route: its unit, time limit, wording and basis, and whether the plan enables the type. */
    void adopt(DepartmentType departmentType, boolean townUnitFirst, int timeLimitDays, String leadUnit,
            String responsibleUnits, String basis, boolean enabled, String by, Instant at) {
        change(departmentType, townUnitFirst, timeLimitDays, by, at);
        this.leadUnit = leadUnit;
        this.responsibleUnits = responsibleUnits;
        this.basis = basis;
        this.enabled = enabled;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The county whose own route this is; null for the installation's default. */
    public String getCountyCode() {
        return countyCode;
    }

    void change(DepartmentType departmentType, boolean townUnitFirst, int timeLimitDays, String by, Instant at) {
        this.departmentType = departmentType;
        this.townUnitFirst = townUnitFirst;
        this.timeLimitDays = timeLimitDays;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public CaseType getType() {
        return type;
    }

    public long getVersion() {
        return version;
    }

    public DepartmentType getDepartmentType() {
        return departmentType;
    }

    public boolean isTownUnitFirst() {
        return townUnitFirst;
    }

    public int getTimeLimitDays() {
        return timeLimitDays;
    }

    public String getLeadUnit() {
        return leadUnit;
    }

    public String getResponsibleUnits() {
        return responsibleUnits;
    }

    public String getBasis() {
        return basis;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
