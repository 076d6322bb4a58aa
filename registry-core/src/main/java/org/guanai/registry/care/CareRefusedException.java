package org.guanai.registry.care;

import org.guanai.registry.shared.RefusedException;

/** A care record the rules refuse (a wrong value, a photo that is no image …); nothing was written. */
public class CareRefusedException extends RefusedException {

    public CareRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
