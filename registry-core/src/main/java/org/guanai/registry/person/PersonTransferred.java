package org.guanai.registry.person;

/**
 * Published in the transaction that moves a person to another village (the county office's transfer): what follows
 * the person (the open cases of a child) moves with it, or the transfer fails with it.
 */
public record PersonTransferred(PersonType type, long personId, String fromVillage, String toVillage) {
}
