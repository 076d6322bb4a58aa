package org.guanai.registry.shared;

/**
 * A request the rules refuse as a whole, with the message key (and arguments) telling the user why; nothing was written.
 * A refusal of one value names the form field at fault, so that the form shows the reason next to it.
 */
public abstract class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    protected RefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
        this.field = null;
    }

    /** The form field a refusal is of (a type of its own, so that no message argument is taken for it). */
    public record Field(String name) {
    }

    /** A refusal of one field's value (a subclass's {@code ofField}). */
    protected RefusedException(Field field, String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = new Object[0];
        this.field = field.name();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    /** The form field at fault, or null when the refusal is of the request as a whole. */
    public String field() {
        return field;
    }
}
