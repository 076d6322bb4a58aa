package org.guanai.registry.person;

import org.guanai.registry.shared.RefusedException;

/** The user hit too many people outside its jurisdiction today ({@link ElsewhereHits}); nothing was written. */
public class LookupLimitException extends RefusedException {

    public LookupLimitException() {
        super("person.error.lookupLimit", ElsewhereHits.DAILY_LIMIT);
    }
}
