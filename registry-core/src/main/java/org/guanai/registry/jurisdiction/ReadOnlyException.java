package org.guanai.registry.jurisdiction;

/** A change attempted under a read-only jurisdiction (departments, inspectors, the administrator). */
public class ReadOnlyException extends RuntimeException {

    public ReadOnlyException(String what) {
        super(what);
    }
}
