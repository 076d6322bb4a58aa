package org.guanai.registry.person;

import java.util.List;

/** Checks an identity-number field and reports a problem in the user's terms; returns the normalised number. */
public final class IdNumberRules {

    private IdNumberRules() {
    }

    /** The normalised 18-digit number, {@code null} for a blank field, or a problem added to {@code problems}. */
    public static ResidentIdNumber check(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ResidentIdNumber.parse(text);
        } catch (ResidentIdNumber.Invalid e) {
            if (e.problem() == ResidentIdNumber.Problem.CHECK_DIGIT) {
                problems.add(new FieldProblem(field, "id.CHECK_DIGIT", String.valueOf(e.expectedCheck())));
            } else {
                problems.add(new FieldProblem(field, "id." + e.problem().name()));
            }
            return null;
        }
    }
}
