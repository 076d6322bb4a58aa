package org.guanai.registry.person;

import java.util.List;

/**
 * Someone of the same name and birth date is already registered. The clerk sees where (town and
 * village, not the record) and must confirm that it is another child before saving.
 */
public class PossibleDuplicateException extends RuntimeException {

    public record Match(String townName, String villageName) {
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
