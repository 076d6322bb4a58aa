package org.guanai.registry.pattern;

import org.guanai.registry.shared.RefusedException;

/** A change of the "456" checklist that is not the user's to make; nothing was written. */
public class PatternRefusedException extends RefusedException {

    public PatternRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
