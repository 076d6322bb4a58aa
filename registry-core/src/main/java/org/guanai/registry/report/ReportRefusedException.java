package org.guanai.registry.report;

import org.guanai.registry.shared.RefusedException;

/** A step of the report chain that is not allowed (wrong role, wrong state, nothing to verify); nothing changed. */
public class ReportRefusedException extends RefusedException {

    public ReportRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
