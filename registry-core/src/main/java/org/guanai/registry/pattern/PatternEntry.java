package org.guanai.registry.pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Whether one region has built one "456" item, since when, with a note. */
@Entity
@Table(name = "pattern_entry")
public class PatternEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "region_code", nullable = false, length = 12)
    private String regionCode;

    @Column(nullable = false)
    private boolean built;

    @Column(name = "built_on")
    private LocalDate builtOn;

    @Column(length = 500)
    private String note;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PatternEntry() {
    }

    PatternEntry(Long itemId, String regionCode) {
        this.itemId = itemId;
        this.regionCode = regionCode;
    }

    void record(boolean built, LocalDate builtOn, String note, String by, Instant at) {
        this.built = built;
        this.builtOn = built ? builtOn : null;
        this.note = note;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public boolean isBuilt() {
        return built;
    }

    public LocalDate getBuiltOn() {
        return builtOn;
    }

    public String getNote() {
        return note;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
