package org.guanai.registry.region;

/** The levels of the statistical division tree, with the digits that identify a region at each. */
public enum RegionLevel {
    PROVINCE(2), PREFECTURE(4), COUNTY(6), TOWN(9), VILLAGE(12);

    private final int significantDigits;

    RegionLevel(int significantDigits) {
        this.significantDigits = significantDigits;
    }

    public int significantDigits() {
        return significantDigits;
    }
}
