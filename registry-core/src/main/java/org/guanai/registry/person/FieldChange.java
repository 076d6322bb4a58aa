package org.guanai.registry.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field of one change: its key ({@code father.name}) and the values before and after. */
@Embeddable
public class FieldChange {

    @Column(name = "field", nullable = false, length = 60)
    private String field;
    @Column(name = "before", length = 1000)
    private String before;
    @Column(name = "after", length = 1000)
    private String after;

    protected FieldChange() {
    }

    public FieldChange(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
