package org.guanai.registry.shared;

/** A request the rules refuse as a whole, with the message key (and arguments) telling the user why; nothing was written. */
public abstract class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected RefusedException(String messageKey, Object... args) {
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
