package org.guanai.registry.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.guanai.registry.region.RegionCode;
import org.junit.jupiter.api.Test;

class JurisdictionTest {

    private static final RegionCode COUNTY = RegionCode.of("522730000000");
    private static final RegionCode LONGSHAN = RegionCode.of("522730100000");
    private static final RegionCode LONGSHAN_VILLAGE = RegionCode.of("522730100203");
    private static final RegionCode GUJIAO_VILLAGE = RegionCode.of("522730101202");
    private static final RegionCode OTHER_COUNTY_VILLAGE = RegionCode.of("522701001201");

    @Test
    void aTownScopeCoversItsVillagesAndNothingElse() {
        Jurisdiction town = Jurisdiction.region(LONGSHAN);
        assertThat(town.coversRegion(LONGSHAN)).isTrue();
        assertThat(town.coversRegion(LONGSHAN_VILLAGE)).isTrue();
        assertThat(town.coversRegion(GUJIAO_VILLAGE)).isFalse();
        assertThat(town.coversRegion(COUNTY)).isFalse();
        assertThat(town.regionPrefix()).isEqualTo("522730100");
        assertThat(town.coversCase(null, LONGSHAN_VILLAGE)).isTrue();
        assertThat(town.coversCase(7L, GUJIAO_VILLAGE)).isFalse();
    }

    @Test
    void theCountyCoversEveryTownOfTheCountyButNotAnotherCounty() {
        Jurisdiction county = Jurisdiction.region(COUNTY);
        assertThat(county.coversRegion(LONGSHAN_VILLAGE)).isTrue();
        assertThat(county.coversRegion(GUJIAO_VILLAGE)).isTrue();
        assertThat(county.coversRegion(OTHER_COUNTY_VILLAGE)).isFalse();
        assertThat(county.regionPrefix()).isEqualTo("522730");
    }

    @Test
    void everythingCoversAll() {
        Jurisdiction all = Jurisdiction.everything();
        assertThat(all.coversRegion(OTHER_COUNTY_VILLAGE)).isTrue();
        assertThat(all.regionPrefix()).isEmpty();
        assertThat(all.coversCase(99L, GUJIAO_VILLAGE)).isTrue();
    }

    @Test
    void aDepartmentCoversTheCasesRoutedToItAndReadsItsServedRegion() {
        Jurisdiction education = Jurisdiction.department(3L, COUNTY);
        assertThat(education.coversCase(3L, GUJIAO_VILLAGE)).isTrue();
        assertThat(education.coversCase(4L, GUJIAO_VILLAGE)).isFalse();
        assertThat(education.coversCase(null, LONGSHAN_VILLAGE)).isFalse();
        assertThat(education.coversRegion(LONGSHAN_VILLAGE)).isTrue();

        Jurisdiction stationOfLongshan = Jurisdiction.department(11L, LONGSHAN);
        assertThat(stationOfLongshan.coversRegion(GUJIAO_VILLAGE)).isFalse();
    }

    @Test
    void aReporterSeesNoPeople() {
        Jurisdiction school = Jurisdiction.reporter(20L);
        assertThat(school.seesPeople()).isFalse();
        assertThat(school.regionPrefix()).isNull();
        assertThat(school.coversRegion(LONGSHAN_VILLAGE)).isFalse();
        assertThat(school.coversCase(20L, LONGSHAN_VILLAGE)).isTrue();
        assertThat(school.coversCase(21L, LONGSHAN_VILLAGE)).isFalse();
    }
}
