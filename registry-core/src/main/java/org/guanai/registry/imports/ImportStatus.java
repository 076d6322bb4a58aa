package org.guanai.registry.imports;

/** An import's state: previewed and committable, previewed with errors, committed, or discarded. */
public enum ImportStatus {
    PREVIEWED, INVALID, COMMITTED, DISCARDED
}
