package org.guanai.registry.region;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * A 12-digit statistical division code (统计用区划代码). Its significant prefix names the subtree:
 * province 2 digits, prefecture 4, county 6, town 9, village 12.
 */
public final class RegionCode implements Serializable {

    /**
     * Pinned to the value Java computed before it was declared. Sessions are kept in PostgreSQL across
     * deploys and read by every node, so a new version must read the ones an older one wrote
     * (SessionCompatibilityTest, decision 017).
     */
    @Serial
    private static final long serialVersionUID = 498365444098250011L;

    private final String value;

    private RegionCode(String value) {
        this.value = value;
    }

    public static RegionCode of(String value) {
        if (value == null || !value.matches("\\d{12}")) {
            throw new IllegalArgumentException("区划代码必须是12位数字: " + value);
        }
        return new RegionCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("\\d{12}");
    }

    public String value() {
        return value;
    }

    public RegionLevel level() {
        if (value.endsWith("0000000000")) {
            return RegionLevel.PROVINCE;
        }
        if (value.endsWith("00000000")) {
            return RegionLevel.PREFECTURE;
        }
        if (value.endsWith("000000")) {
            return RegionLevel.COUNTY;
        }
        if (value.endsWith("000")) {
            return RegionLevel.TOWN;
        }
        return RegionLevel.VILLAGE;
    }

    /** The digits every code in this region's subtree starts with. */
    public String prefix() {
        return value.substring(0, level().significantDigits());
    }

    /**
     * The smallest and largest codes that start with {@code prefix}: a subtree as a range, which any
     * btree index on the code serves whatever the database's collation ({@code like 'prefix%'} needs C).
     */
    public static String lowestWithPrefix(String prefix) {
        return prefix + "0".repeat(12 - prefix.length());
    }

    public static String highestWithPrefix(String prefix) {
        return prefix + "9".repeat(12 - prefix.length());
    }

    /**
     * Of two prefixes that both bound a query (a jurisdiction's and a region filter's), the narrower one: the
     * longer. Where they do not nest the query finds nothing either way.
     */
    public static String narrowerPrefix(String prefix, String other) {
        return other.length() > prefix.length() ? other : prefix;
    }

    /** True when {@code other} is this region or lies in its subtree. */
    public boolean covers(RegionCode other) {
        return other != null && other.value.startsWith(prefix());
    }

    /** The code of the enclosing region at {@code level} (this code itself when it is at that level). */
    public RegionCode ancestorAt(RegionLevel level) {
        int digits = level.significantDigits();
        if (digits > level().significantDigits()) {
            throw new IllegalArgumentException(value + " lies above " + level);
        }
        return new RegionCode(value.substring(0, digits) + "0".repeat(12 - digits));
    }

    /**
     * The county this code lies in, or the code itself when it is a county or lies above one: the county whose plan,
     * settings and audit trail a user of this region works under.
     */
    public RegionCode countyOrAbove() {
        return level().ordinal() <= RegionLevel.COUNTY.ordinal() ? this : ancestorAt(RegionLevel.COUNTY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
