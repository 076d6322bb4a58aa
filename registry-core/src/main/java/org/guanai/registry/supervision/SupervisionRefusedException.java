package org.guanai.registry.supervision;

import org.guanai.registry.shared.RefusedException;

/** A supervision record refused: the message key says why (shown next to the form). */
public class SupervisionRefusedException extends RefusedException {

    public SupervisionRefusedException(String messageKey) {
        super(messageKey);
    }

    private SupervisionRefusedException(String field, String messageKey) {
        super(new Field(field), messageKey);
    }

    /** A refusal of one field's value: the form shows the reason next to the field. */
    public static SupervisionRefusedException ofField(String field, String messageKey) {
        return new SupervisionRefusedException(field, messageKey);
    }
}
