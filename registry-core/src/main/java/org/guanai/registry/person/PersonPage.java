package org.guanai.registry.person;

import java.util.List;

/**
 * One page of a roster list. {@code count} is exact up to {@link PersonListQuery#COUNT_LIMIT}; beyond that
 * {@code countCapped} is set and the page says "more than". {@code nextCursor} continues after the last row.
 */
public record PersonPage<R>(List<R> rows, long count, boolean countCapped, String nextCursor) {
}
