package org.guanai.registry.committee;

import org.guanai.registry.shared.RefusedException;

/** A roster change the user may not make or whose values are wrong; nothing was changed. */
public class CommitteeRefusedException extends RefusedException {

    public CommitteeRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
