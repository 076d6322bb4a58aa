package org.guanai.registry.care;

import org.guanai.registry.shared.RefusedException;

/** A care record the rules refuse (a wrong value, a photo that is no image …); nothing was written. */
public class CareRefusedException extends RefusedException {

    public CareRefusedException(String messageKey) {
        super(messageKey);
    }

    private CareRefusedException(String field, String messageKey) {
        super(new Field(field), messageKey);
    }

    /** A refusal of one field's value: its form shows the reason next to the field. */
    public static CareRefusedException ofField(String field, String messageKey) {
        return new CareRefusedException(field, messageKey);
    }
}
