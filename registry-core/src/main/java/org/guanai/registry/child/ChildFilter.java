package org.guanai.registry.child;

import org.guanai.registry.person.Health;
import org.guanai.registry.person.ListSort;
import org.guanai.registry.person.PersonFilter;
import org.guanai.registry.person.PersonStatus;

/**
 * The filters of the children's list, as they stand in the query string. Every field is optional; the
 * user's jurisdiction is applied on top of them, always. {@code incomplete}: only those marked 资料待补充.
 */
public record ChildFilter(String region, KeyTargets.Flag flag, Boolean keyTarget, Category category,
        GuardianshipType guardianshipType, Schooling schooling, Health health,
        AgeBand ageBand, PersonStatus status, Integer notVisitedDays, Boolean dueForExit, String q, ListSort sort,
        String after, Boolean incomplete) implements PersonFilter {

    public enum Category {
        LEFT_BEHIND, IN_DIFFICULTY
    }

    /** Age bands of attachment 3's notes: 0–5, 6–13, 14–15 (on the day the list is shown). */
    public enum AgeBand {
        AGE_0_5(0, 5), AGE_6_13(6, 13), AGE_14_15(14, 15);

        final int from;
        final int to;

        AgeBand(int from, int to) {
            this.from = from;
            this.to = to;
        }
    }

    public static ChildFilter none() {
        return new ChildFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
