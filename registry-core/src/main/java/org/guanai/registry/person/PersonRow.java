package org.guanai.registry.person;

/** A line of a roster list, child or elder: what the list's audit of an identity-number search needs. */
public interface PersonRow {

    long id();
}
