package org.guanai.registry.region;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A region's codes as the bounds of {@code code between :lo and :hi}: the form the code indexes serve (in this
 * database's collation {@code like :prefix || '%'} cannot use them).
 */
public final class RegionCodeRange {

    private RegionCodeRange() {
    }

    /** {@code :lo} and {@code :hi} for the codes under the region coded by {@code prefix}. */
    public static MapSqlParameterSource params(String prefix) {
        return new MapSqlParameterSource("lo", RegionCode.lowestWithPrefix(prefix))
                .addValue("hi", RegionCode.highestWithPrefix(prefix));
    }
}
