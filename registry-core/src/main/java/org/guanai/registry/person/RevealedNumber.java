package org.guanai.registry.person;

/** One of a person's numbers shown in full: the field's message key (e.g. {@code field.father.phone}) and its value. */
public record RevealedNumber(String field, String value) {
}
