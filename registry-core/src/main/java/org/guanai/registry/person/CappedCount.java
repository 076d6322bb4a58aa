package org.guanai.registry.person;

/** A count of people exact up to the lists' cap; past it, {@code countCapped} is set and the page says "more than". */
public record CappedCount(long count, boolean countCapped) {
}
