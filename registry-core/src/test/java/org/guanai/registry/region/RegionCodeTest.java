package org.guanai.registry.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void levelAndPrefixFollowTheTrailingZeros() {
        assertThat(RegionCode.of("520000000000").level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(RegionCode.of("522700000000").level()).isEqualTo(RegionLevel.PREFECTURE);
        assertThat(RegionCode.of("522730000000").prefix()).isEqualTo("522730");
        assertThat(RegionCode.of("522730100000").prefix()).isEqualTo("522730100");
        assertThat(RegionCode.of("522730100201").level()).isEqualTo(RegionLevel.VILLAGE);
        assertThat(RegionCode.of("522730100201").prefix()).isEqualTo("522730100201");
    }

    @Test
    void aTownCoversItsVillagesAndNotTheNextTown() {
        RegionCode longshan = RegionCode.of("522730100000");
        assertThat(longshan.covers(RegionCode.of("522730100201"))).isTrue();
        assertThat(longshan.covers(longshan)).isTrue();
        assertThat(longshan.covers(RegionCode.of("522730101201"))).isFalse();
        assertThat(longshan.covers(RegionCode.of("522730000000"))).isFalse();
        assertThat(RegionCode.of("522730000000").covers(RegionCode.of("522730101201"))).isTrue();
    }

    @Test
    void ancestorAtALevel() {
        assertThat(RegionCode.of("522730100201").ancestorAt(RegionLevel.TOWN)).isEqualTo(RegionCode.of("522730100000"));
        assertThat(RegionCode.of("522730100201").ancestorAt(RegionLevel.COUNTY)).isEqualTo(RegionCode.of("522730000000"));
        assertThatThrownBy(() -> RegionCode.of("522730000000").ancestorAt(RegionLevel.TOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnythingButTwelveDigits() {
        assertThatThrownBy(() -> RegionCode.of("52273010020")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionCode.of("52273010020a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionCode.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RegionCode.isValid("522730100201")).isTrue();
        assertThat(RegionCode.isValid("5227301002011")).isFalse();
    }

    @Test
    void theNarrowerOfTwoPrefixesIsTheLonger() {
        assertThat(RegionCode.narrowerPrefix("522730", "522730100")).isEqualTo("522730100");
        assertThat(RegionCode.narrowerPrefix("522730100", "522730")).isEqualTo("522730100");
        assertThat(RegionCode.narrowerPrefix("522730", "522730")).isEqualTo("522730");
    }
}
