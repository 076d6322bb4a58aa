package org.guanai.registry.pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.region.RegionLevel;

/** One of the "456" items (五（七）): what a county (4), a town (5) or a village (6) must have built. */
@Entity
@Table(name = "pattern_item")
public class PatternItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** The county whose plan sets the item; another county has its own items, or none. */
    @Column(name = "county_code", nullable = false, length = 12)
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RegionLevel level;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_line", nullable = false, length = 24)
    private DepartmentType leadLine;

    @Column(name = "responsible_lines", nullable = false, length = 400)
    private String responsibleLines;

    /** The time limit (Longli 五（七）: 2017年6月30日前). */
    @Column(name = "due_on")
    private LocalDate dueOn;

    /** The funds the item comes with, in 万元 (Longli: the county fund 30, a town's 2). */
    @Column(name = "funds_wan", precision = 12, scale = 2)
    private BigDecimal fundsWan;

    /** The care records that show the item (care.CarePattern), so nobody ticks it; null for a ticked item. */
    @Column(name = "shown_by_care", length = 24)
    private String shownByCare;

    @Column(name = "plan_id", length = 40)
    private String planId;

    @Column(name = "archived_on")
    private LocalDate archivedOn;

    protected PatternItem() {
    }

    PatternItem(String countyCode, String planId, RegionLevel level, int number, String shownByCare) {
        this.countyCode = countyCode;
        this.planId = planId;
        this.level = level;
        this.number = number;
        this.shownByCare = shownByCare;
    }

    void change(String title, DepartmentType lead, Set<DepartmentType> responsible, LocalDate dueOn,
            BigDecimal fundsWan) {
        this.title = title;
        this.leadLine = lead;
        this.responsibleLines = responsible.stream().map(Enum::name).collect(Collectors.joining(","));
        this.dueOn = dueOn;
        this.fundsWan = fundsWan;
    }

    void archive(LocalDate on) {
        this.archivedOn = on;
    }

    public boolean isArchived() {
        return archivedOn != null;
    }

    public long getVersion() {
        return version;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public BigDecimal getFundsWan() {
        return fundsWan;
    }

    public String getShownByCare() {
        return shownByCare;
    }

    /** The lines with a part in the item: its lead and its responsible lines. */
    public Set<DepartmentType> responsible() {
        Set<DepartmentType> lines = EnumSet.noneOf(DepartmentType.class);
        if (!responsibleLines.isBlank()) {
            Arrays.stream(responsibleLines.split(",")).map(DepartmentType::valueOf).forEach(lines::add);
        }
        return lines;
    }

    public Long getId() {
        return id;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public DepartmentType getLeadLine() {
        return leadLine;
    }

    public String getResponsibleLines() {
        return responsibleLines;
    }

    /** ①②③… as the plan numbers them. */
    public String getMark() {
        return String.valueOf((char) ('①' + number - 1));
    }
}
