package org.guanai.registry.person;

/** The orders of a roster list; each kind offers those its page shows (the query supports all of them). */
public enum ListSort {
    RECENT, NAME, BIRTH, VISIT
}
