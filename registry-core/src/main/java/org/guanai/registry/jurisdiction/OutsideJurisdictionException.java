package org.guanai.registry.jurisdiction;

/**
 * A record the user may not see, or that does not exist: the two are answered alike (404), so that
 * probing ids reveals nothing. The attempt is audited where it is thrown.
 */
public class OutsideJurisdictionException extends RuntimeException {

    public OutsideJurisdictionException(String what) {
        super(what);
    }
}
