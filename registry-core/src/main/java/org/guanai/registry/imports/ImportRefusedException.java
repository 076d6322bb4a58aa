package org.guanai.registry.imports;

import org.guanai.registry.shared.RefusedException;

/** An import that cannot go on, with the message key telling the clerk why; nothing was written. */
public class ImportRefusedException extends RefusedException {

    public ImportRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
