package org.guanai.registry.testsupport;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionKind;
import org.guanai.registry.region.RegionService;

/**
 * Towns of their own for tests that count (attachment 3, the report chain): a new town of the demo county with
 * one village, so that the counts are exactly the test's. They are named 测试… and sorted last, so that tests
 * of the demo county itself can leave them out.
 */
public final class TestTowns {

    public static final String NAME_PREFIX = "测试";
    static final RegionCode COUNTY = RegionCode.of("522730000000");

    private TestTowns() {
    }

    /** A new town (code 5227303xx000) under the demo county, with the village {@link #village}. */
    public static RegionCode create(RegionService regions) {
        RegionCode town;
        do {
            town = RegionCode.of("5227303" + String.format("%02d", ThreadLocalRandom.current().nextInt(100)) + "000");
        } while (regions.find(town.value()).isPresent());
        regions.create(town, NAME_PREFIX + UUID.randomUUID().toString().substring(0, 4) + "镇", COUNTY, RegionKind.TOWN,
                999);
        regions.create(RegionCode.of(village(town)), NAME_PREFIX + "村", town, RegionKind.VILLAGE, 1);
        return town;
    }

    public static String village(RegionCode town) {
        return town.value().substring(0, 9) + "201";
    }

    public static boolean isTestTown(Region region) {
        return region.getName().startsWith(NAME_PREFIX);
    }
}
