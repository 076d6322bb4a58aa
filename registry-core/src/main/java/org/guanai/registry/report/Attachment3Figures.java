package org.guanai.registry.report;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One row of attachment 3: a town's (or the county's) figure for every column. */
public record Attachment3Figures(Map<Attachment3Column, Integer> values) {

    public Attachment3Figures {
        EnumMap<Attachment3Column, Integer> all = new EnumMap<>(Attachment3Column.class);
        for (Attachment3Column c : Attachment3Column.values()) {
            all.put(c, values.getOrDefault(c, 0));
        }
        values = Collections.unmodifiableMap(all);
    }

    public static Attachment3Figures zero() {
        return new Attachment3Figures(Map.of());
    }

    public int get(Attachment3Column column) {
        return values.get(column);
    }

    /** The column-wise sum (the county row of the approved towns). */
    public static Attachment3Figures sum(Collection<Attachment3Figures> rows) {
        EnumMap<Attachment3Column, Integer> total = new EnumMap<>(Attachment3Column.class);
        for (Attachment3Figures row : rows) {
            row.values.forEach((c, v) -> total.merge(c, v, Integer::sum));
        }
        return new Attachment3Figures(total);
    }
}
