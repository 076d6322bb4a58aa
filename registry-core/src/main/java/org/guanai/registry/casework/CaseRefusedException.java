package org.guanai.registry.casework;

import org.guanai.registry.shared.RefusedException;

/** A case action that is not allowed (wrong role, wrong state, a case already open); nothing was changed. */
public class CaseRefusedException extends RefusedException {

    public CaseRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
