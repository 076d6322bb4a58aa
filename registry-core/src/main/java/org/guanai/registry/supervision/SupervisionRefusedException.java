package org.guanai.registry.supervision;

import org.guanai.registry.shared.RefusedException;

/** A supervision record refused: the message key says why (shown next to the form). */
public class SupervisionRefusedException extends RefusedException {

    private final String field;

    public SupervisionRefusedException(String messageKey) {
        this(null, messageKey);
    }

    private SupervisionRefusedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** A refusal of one field's value: the form shows the reason next to the field. */
    public static SupervisionRefusedException ofField(String field, String messageKey) {
        return new SupervisionRefusedException(field, messageKey);
    }

    /** The form field at fault, or null when the refusal is of the whole record. */
    public String field() {
        return field;
    }
}
