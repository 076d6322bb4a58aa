package org.guanai.registry.person;

import java.util.List;

/** One of a person's numbers shown in full: the field's message key (e.g. {@code field.father.phone}) and its value. */
public record RevealedNumber(String field, String value) {

    /** Adds {@code value} under {@code field} when it is not empty (a registry's list of a person's numbers). */
    public static void addTo(List<RevealedNumber> numbers, String field, String value) {
        if (value != null && !value.isBlank()) {
            numbers.add(new RevealedNumber(field, value));
        }
    }
}
