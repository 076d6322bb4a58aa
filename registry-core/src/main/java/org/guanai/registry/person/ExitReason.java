package org.guanai.registry.person;

/** Why a person left the programme (退出原因). */
public enum ExitReason {
    AGED_16, PARENTS_RETURNED, LEFT_WITH_PARENTS, MOVED_AWAY, DECEASED, ENTRY_ERROR, OTHER
}
