package org.guanai.registry.workbook;

/** A file that is not a workbook this system will read, with the message key that tells the clerk why. */
public class UnreadableWorkbookException extends RuntimeException {

    private final String messageKey;

    public UnreadableWorkbookException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
