package org.guanai.registry.pattern;

import org.guanai.registry.shared.RefusedException;

/** A change of the "456" checklist that is not the user's to make; nothing was written. */
public class PatternRefusedException extends RefusedException {

    public PatternRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    private PatternRefusedException(String field, String messageKey) {
        super(new Field(field), messageKey);
    }

    /** A refusal of one field's value: the item's form shows the reason next to the field. */
    public static PatternRefusedException ofField(String field, String messageKey) {
        return new PatternRefusedException(field, messageKey);
    }
}
