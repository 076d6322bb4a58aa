package org.guanai.registry.person;

import java.util.List;

/**
 * Someone of the same name and birth date is already registered. Inside the clerk's jurisdiction the clerk sees where
 * (town and village, not the record); elsewhere in the county only that there is someone ({@link Match#ELSEWHERE}).
 * The clerk must confirm that it is another person before saving.
 */
public class PossibleDuplicateException extends RuntimeException {

    public record Match(String townName, String villageName) {

        /** Someone outside the clerk's jurisdiction, in the same county: where is not said. */
        public static final Match ELSEWHERE = new Match(null, null);

        public boolean elsewhere() {
            return townName == null;
        }
    }

    private final List<Match> matches;

    public PossibleDuplicateException(List<Match> matches) {
        super("possible duplicate: " + matches);
        this.matches = List.copyOf(matches);
    }

    public List<Match> matches() {
        return matches;
    }
}
