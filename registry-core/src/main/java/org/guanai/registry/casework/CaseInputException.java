package org.guanai.registry.casework;

import java.util.List;
import org.guanai.registry.person.FieldProblem;

/** Values of a step (or a new case) that break a rule, each problem named by its field key; nothing was saved. */
public class CaseInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public CaseInputException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
