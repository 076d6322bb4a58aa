package org.guanai.registry.casework;

/** A case action that is not allowed (wrong role, wrong state, a case already open); nothing was changed. */
public class CaseRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public CaseRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
