package org.guanai.registry.person;

/** A person is never deleted: they leave the programme with a reason and can be restored. */
public enum PersonStatus {
    ACTIVE, EXITED
}
