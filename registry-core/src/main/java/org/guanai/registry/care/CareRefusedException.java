package org.guanai.registry.care;

import org.guanai.registry.shared.RefusedException;

/** A care record the rules refuse (a wrong value, a photo that is no image …); nothing was written. */
public class CareRefusedException extends RefusedException {

    private final String field;

    public CareRefusedException(String messageKey) {
        super(messageKey);
        this.field = null;
    }

    private CareRefusedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** A refusal of one field's value: its form shows the reason next to the field. */
    public static CareRefusedException ofField(String field, String messageKey) {
        return new CareRefusedException(field, messageKey);
    }

    /** The form field at fault, or null when the refusal is of the whole record. */
    public String field() {
        return field;
    }
}
