package org.guanai.registry.supervision;

import org.guanai.registry.shared.RefusedException;

/** A supervision record refused: the message key says why (shown next to the form). */
public class SupervisionRefusedException extends RefusedException {

    public SupervisionRefusedException(String messageKey) {
        super(messageKey);
    }
}
