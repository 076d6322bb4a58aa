package org.guanai.registry.person;

import java.util.List;

/** A save refused because fields break the rules; nothing was written. */
public class InvalidPersonException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidPersonException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidPersonException(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
