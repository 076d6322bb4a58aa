package org.guanai.registry.person;

import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.shared.ValueLabels;

/**
 * A line of a roster list as the page shows it, every value already in its words: the template reads one property
 * per cell instead of evaluating an expression and looking up a message in each (docs/performance.md, round 2 6/6).
 * {@code badges}: the child's key-target flags; {@code cells}: the kind's own columns after the person's, in the
 * order of the list's header.
 */
public record RosterLine(long id, String name, boolean exited, String sex, String birthDate, int age,
        String maskedIdNumber, String townName, String villageName, List<String> badges, List<String> cells) {

    /** The person's cells of a line; the kind adds its badges and its own columns. */
    public static RosterLine of(long id, String name, PersonStatus status, Sex sex, LocalDate birthDate, int age,
            String maskedIdNumber, String townName, String villageName, ValueLabels labels, List<String> badges,
            List<String> cells) {
        return new RosterLine(id, name, status == PersonStatus.EXITED, labels.of(sex), ValueLabels.day(birthDate), age,
                maskedIdNumber, townName, villageName, badges, cells);
    }
}
