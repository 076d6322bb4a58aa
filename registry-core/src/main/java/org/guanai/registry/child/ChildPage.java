package org.guanai.registry.child;

import java.util.List;

/**
 * One page of the list. {@code count} is exact up to {@link ChildListQuery#COUNT_LIMIT}; beyond that
 * {@code countCapped} is set and the page says "more than". {@code nextCursor} continues after the last row.
 */
public record ChildPage(List<ChildRow> rows, long count, boolean countCapped, String nextCursor) {
}
