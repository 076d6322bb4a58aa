package org.guanai.registry.person;

/** A field that fails a rule: its path in the form ({@code father.idNumber}), a message key and arguments. */
public record FieldProblem(String field, String messageKey, Object... args) {
}
