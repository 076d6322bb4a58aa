package org.guanai.registry.person;

import org.springframework.validation.BindingResult;

/** Puts the domain's field problems next to the form fields they concern. */
public final class FieldProblems {

    private FieldProblems() {
    }

    public static void addTo(BindingResult errors, InvalidPersonException e) {
        for (FieldProblem p : e.problems()) {
            if (p.field() == null) {
                errors.reject(p.messageKey(), p.args(), p.messageKey());
            } else {
                errors.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
            }
        }
    }
}
