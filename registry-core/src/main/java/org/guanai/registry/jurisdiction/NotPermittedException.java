package org.guanai.registry.jurisdiction;

/**
 * An act the user's role does not permit, whatever the record: an export, a full number (see
 * {@code account.ExportRight}). Answered with 403; the refusal was audited by whoever refused it.
 */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String what) {
        super(what);
    }
}
