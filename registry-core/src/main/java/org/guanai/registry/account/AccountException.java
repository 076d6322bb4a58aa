package org.guanai.registry.account;

import org.guanai.registry.shared.RefusedException;

/**
 * A refused account operation. Carries a message key (resolved in the user's language by the web
 * layer) and the form field it concerns, if any.
 */
public class AccountException extends RefusedException {

    public AccountException(String messageKey, String field) {
        super(new Field(field), messageKey);
    }
}
