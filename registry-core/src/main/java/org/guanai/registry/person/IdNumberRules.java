package org.guanai.registry.person;

import java.util.List;

/** Checks an identity-number field and reports a problem in the user's terms; returns the normalised number. */
public final class IdNumberRules {

    private IdNumberRules() {
    }

    /**
     * True when a search text (already {@link ResidentIdNumber#normalise normalised}) is an identity number, 18 digits
     * or the old 15, rather than a name: the lists then look the number up exactly.
     */
    public static boolean looksLikeIdNumber(String normalised) {
        return normalised != null && normalised.matches("\\d{15}|\\d{17}[\\dX]");
    }

    /**
     * The rules of a person's identity, for children and elders alike: name and village present, the
     * number valid, and birth date and sex filled in from it or agreeing with it. Returns the number
     * (normalised into the record) or {@code null} when there is none or it is invalid.
     */
    public static ResidentIdNumber checkIdentity(PersonIdentity d, List<FieldProblem> problems) {
        if (d.getName() == null || d.getName().isEmpty()) {
            problems.add(new FieldProblem("name", "person.error.nameRequired"));
        } else if (d.getName().length() > 50) {
            problems.add(new FieldProblem("name", "person.error.nameTooLong"));
        }
        if (d.getVillageCode() == null || d.getVillageCode().isEmpty()) {
            problems.add(new FieldProblem("villageCode", "person.error.villageRequired"));
        }
        ResidentIdNumber id = check("idNumber", d.getIdNumber(), problems);
        if (id != null) {
            d.setIdNumber(id.value());
            if (d.getBirthDate() == null) {
                d.setBirthDate(id.birthDate());
            } else if (!d.getBirthDate().equals(id.birthDate())) {
                problems.add(new FieldProblem("birthDate", "person.error.birthDateContradictsId",
                        id.birthDate().toString()));
            }
            if (d.getSex() == null) {
                d.setSex(id.sex());
            } else if (d.getSex() != id.sex()) {
                problems.add(new FieldProblem("sex", "person.error.sexContradictsId"));
            }
        }
        if (d.getSex() == null) {
            problems.add(new FieldProblem("sex", "person.error.sexRequired"));
        }
        if (d.getBirthDate() == null) {
            problems.add(new FieldProblem("birthDate", "person.error.birthDateRequired"));
        }
        return id;
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
