package org.guanai.registry.history;

public enum ChangeAction {
    CREATED, UPDATED, EXITED, RESTORED, VISITED
}
