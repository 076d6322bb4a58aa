package org.guanai.registry.report;

import org.guanai.registry.shared.RefusedException;

/** A step of the report chain that is not allowed (wrong role, wrong state, nothing to verify); nothing changed. */
public class ReportRefusedException extends RefusedException {

    private String field;

    public ReportRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** A refusal of one field's value: the form shows the reason next to the field. */
    static ReportRefusedException ofField(String field, String messageKey) {
        ReportRefusedException e = new ReportRefusedException(messageKey);
        e.field = field;
        return e;
    }

    /** The form field at fault, or null when the refusal is of the step as a whole. */
    public String field() {
        return field;
    }
}
