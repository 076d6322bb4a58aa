package org.guanai.registry.imports;

/** An import that cannot go on, with the message key telling the clerk why; nothing was written. */
public class ImportRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ImportRefusedException(String messageKey, Object... args) {
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
