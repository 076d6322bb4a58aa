package org.guanai.registry.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.guanai.registry.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A region read by its code is kept in memory for a while, on real PostgreSQL. */
@SpringBootTest
class RegionServiceTest {

    static final String VILLAGE = "522730100201";
    static final String NEW_VILLAGE = "522730100998";

    @Autowired
    RegionRepository repository;
    @Autowired
    JdbcTemplate jdbc;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

    @Test
    void aRegionIsReadOnceAndARenameShowsWithinTheTimeItIsKept() {
        RegionService regions = new RegionService(repository, clock);
        String name = regions.nameOf(VILLAGE);
        jdbc.update("update region set name = '改名村' where code = ?", VILLAGE);
        try {
            clock.advance(RegionService.KEPT_FOR.minus(Duration.ofSeconds(1)));
            assertThat(regions.nameOf(VILLAGE)).isEqualTo(name);
            clock.advance(Duration.ofSeconds(1));
            assertThat(regions.nameOf(VILLAGE)).isEqualTo("改名村");
        } finally {
            jdbc.update("update region set name = ? where code = ?", name, VILLAGE);
        }
    }

    @Test
    void aRegionNotFoundIsLookedForAgain() {
        RegionService regions = new RegionService(repository, clock);
        assertThat(regions.find(NEW_VILLAGE)).isEmpty();
        jdbc.update("insert into region (code, name, level, parent_code, kind, sort_order) "
                + "values (?, '新村', 'VILLAGE', '522730100000', 'VILLAGE', 99)", NEW_VILLAGE);
        try {
            assertThat(regions.find(NEW_VILLAGE)).map(Region::getName).contains("新村");
            assertThat(regions.find("not a code")).isEmpty();
        } finally {
            jdbc.update("delete from region where code = ?", NEW_VILLAGE);
        }
    }

    @Test
    void aSubtreeIsKeptForAWhileAndARegionCreatedHereShowsAtOnce() {
        RegionService regions = new RegionService(repository, clock);
        RegionCode town = RegionCode.of("522730100000");
        assertThat(regions.subtree(town)).extracting(Region::getCode).doesNotContain(NEW_VILLAGE);
        jdbc.update("insert into region (code, name, level, parent_code, kind, sort_order) "
                + "values (?, '新村', 'VILLAGE', '522730100000', 'VILLAGE', 99)", NEW_VILLAGE);
        try {
            clock.advance(RegionService.KEPT_FOR.minus(Duration.ofSeconds(1)));
            assertThat(regions.subtree(town)).extracting(Region::getCode).doesNotContain(NEW_VILLAGE);
            clock.advance(Duration.ofSeconds(1));
            assertThat(regions.subtree(town)).extracting(Region::getCode).contains(NEW_VILLAGE);
        } finally {
            jdbc.update("delete from region where code = ?", NEW_VILLAGE);
        }
        regions.create(RegionCode.of(NEW_VILLAGE), "新村", town, RegionKind.VILLAGE, 99);
        try {
            assertThat(regions.subtree(town)).extracting(Region::getCode).contains(NEW_VILLAGE);
        } finally {
            jdbc.update("delete from region where code = ?", NEW_VILLAGE);
        }
    }

    @Test
    void aRegionsChildrenAreKeptForAWhileAndOneCreatedHereShowsAtOnce() {
        RegionService regions = new RegionService(repository, clock);
        RegionCode town = RegionCode.of("522730100000");
        assertThat(regions.children(town)).extracting(Region::getCode).doesNotContain(NEW_VILLAGE);
        jdbc.update("insert into region (code, name, level, parent_code, kind, sort_order) "
                + "values (?, '新村', 'VILLAGE', '522730100000', 'VILLAGE', 99)", NEW_VILLAGE);
        try {
            assertThat(regions.children(town)).extracting(Region::getCode).doesNotContain(NEW_VILLAGE);
            assertThat(regions.childrenAsStored(town)).extracting(Region::getCode).contains(NEW_VILLAGE);
            clock.advance(RegionService.KEPT_FOR);
            assertThat(regions.children(town)).extracting(Region::getCode).contains(NEW_VILLAGE);
        } finally {
            jdbc.update("delete from region where code = ?", NEW_VILLAGE);
        }
        regions.create(RegionCode.of(NEW_VILLAGE), "新村", town, RegionKind.VILLAGE, 99);
        try {
            assertThat(regions.children(town)).extracting(Region::getCode).contains(NEW_VILLAGE);
        } finally {
            jdbc.update("delete from region where code = ?", NEW_VILLAGE);
        }
    }

    @Test
    void aSubtreeIsTheRegionAndEverythingBelowItInCodeOrder(@Autowired RegionService regions) {
        assertThat(regions.subtree(RegionCode.of("522730100000"))).extracting(Region::getCode)
                .startsWith("522730100000", "522730100001").contains(VILLAGE).isSorted()
                .allMatch(code -> code.startsWith("522730100"));
        assertThat(regions.subtree(RegionCode.of("522730000000"))).extracting(Region::getCode)
                .contains("522730000000", "522730100000", "522730101000", VILLAGE)
                .allMatch(code -> code.startsWith("522730"));
        assertThat(regions.subtree(RegionCode.of(VILLAGE))).extracting(Region::getCode).containsExactly(VILLAGE);
    }
}
