package org.guanai.registry.elder;

import java.util.List;

/** One page of elders; the count is exact up to the cap, {@code nextCursor} continues after the last row. */
public record ElderPage(List<ElderRow> rows, long count, boolean countCapped, String nextCursor) {
}
