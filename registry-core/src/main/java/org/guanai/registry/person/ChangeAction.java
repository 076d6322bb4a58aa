package org.guanai.registry.person;

public enum ChangeAction {
    CREATED, UPDATED, EXITED, RESTORED, VISITED,
    /** A case about the person was opened or moved on; the summary names the case and step. */
    CASE,
    /** The county office moved the person to a village of another town; the summary names both. */
    TRANSFERRED
}
