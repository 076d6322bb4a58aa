package org.guanai.registry.report;

import org.guanai.registry.shared.RefusedException;

/** A step of the report chain that is not allowed (wrong role, wrong state, nothing to verify); nothing changed. */
public class ReportRefusedException extends RefusedException {

    public ReportRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    private ReportRefusedException(String field, String messageKey) {
        super(new Field(field), messageKey);
    }

    /** A refusal of one field's value: the form shows the reason next to the field. */
    static ReportRefusedException ofField(String field, String messageKey) {
        return new ReportRefusedException(field, messageKey);
    }
}
