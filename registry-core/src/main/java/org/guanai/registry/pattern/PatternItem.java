package org.guanai.registry.pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.region.RegionLevel;

/** One of the "456" items (五（七）): what a county (4), a town (5) or a village (6) must have built. */
@Entity
@Table(name = "pattern_item")
public class PatternItem {

    @Id
    private Long id;

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

    protected PatternItem() {
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
