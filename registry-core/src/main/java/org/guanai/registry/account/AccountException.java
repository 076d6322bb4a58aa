package org.guanai.registry.account;

/**
 * A refused account operation. Carries a message key (resolved in the user's language by the web
 * layer) and the form field it concerns, if any.
 */
public class AccountException extends RuntimeException {

    private final String messageKey;
    private final String field;

    public AccountException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
