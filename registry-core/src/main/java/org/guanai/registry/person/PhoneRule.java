package org.guanai.registry.person;

import java.util.List;

/** The one rule of a phone number on every form and import row, whoever's number it is. */
public final class PhoneRule {

    private PhoneRule() {
    }

    /** Adds a problem on {@code field} when a phone number is given and is not 7–20 digits, spaces, + or -. */
    public static void check(String field, String phone, List<FieldProblem> problems) {
        if (phone != null && !phone.isBlank() && !phone.strip().matches("[0-9+\\- ]{7,20}")) {
            problems.add(new FieldProblem(field, "person.error.phone"));
        }
    }
}
