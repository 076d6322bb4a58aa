package org.guanai.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.guanai.registry.casework.CaseRouting;
import org.guanai.registry.casework.CaseType;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.person.ResidentIdNumber;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The province-shaped benchmark set: synthetic counties shaped like the demo county, rolled back after each test. */
@SpringBootTest
@Transactional
class SyntheticCountiesTest {

    @Autowired
    SyntheticCounties synthetic;
    @Autowired
    RegionService regions;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachCountyHasItsTownsVillagesAndDepartmentsUnderItsPrefecture() {
        List<RegionCode> counties = synthetic.create(10);

        assertThat(counties).hasSize(10).doesNotHaveDuplicates()
                .noneMatch(c -> c.value().equals(LongliDemoCounty.COUNTY));
        assertThat(counties.get(0).value()).isEqualTo("520101000000");
        // The tenth wraps round to the first prefecture's second county.
        assertThat(counties.get(9).value()).isEqualTo("520102000000");
        assertThat(regions.children(RegionCode.of(LongliDemoCounty.PROVINCE))).extracting(Region::getName)
                .contains("贵阳市", "黔南布依族苗族自治州").doesNotHaveDuplicates();
        for (RegionCode county : counties) {
            List<Region> towns = regions.children(county);
            assertThat(towns).hasSize(SyntheticCounties.TOWNS_PER_COUNTY);
            assertThat(towns).allSatisfy(t -> assertThat(regions.children(t.code()))
                    .hasSize(SyntheticCounties.VILLAGES_PER_TOWN)
                    .allMatch(v -> v.getLevel() == RegionLevel.VILLAGE));
        }
        assertThat(organisations.findByCode("ga-520101").orElseThrow().getName()).isEqualTo("模拟520101县公安局");
    }

    @Test
    void theirCasesRouteToTheirOwnUnitsAsTheDemoCountysDo(@Autowired CaseRouting routing) {
        synthetic.create(2);
        String village = "520101100201";

        assertThat(routing.ownerFor(CaseType.HUKOU, village).organisationId())
                .isEqualTo(organisations.findByCode("ga-520101").orElseThrow().getId());
        assertThat(routing.ownerFor(CaseType.MANDATORY_REPORT, village).organisationId())
                .isEqualTo(organisations.findByCode("police-520101100000").orElseThrow().getId());
    }

    @Test
    void everyCountyGetsAnEqualShareOfThePlacesWhateverItsNumberOfVillages() {
        synthetic.create(2);
        // Guizhou's counties (长白, the second demo county, gets its own people and lies in Jilin).
        DemoPlaces places = DemoPlaces.of(regions.subtree(RegionCode.of("520000000000")));
        Random random = new Random(1);

        Map<String, Long> byCounty = IntStream.range(0, 3000).mapToObj(i -> places.pickVillage(random).substring(0, 6))
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));

        // Three counties of 1,000 expected each: Longli's 6 towns as much as a synthetic county's 17.
        assertThat(byCounty).containsOnlyKeys("522730", "520101", "520201");
        assertThat(byCounty.values()).allSatisfy(n -> assertThat(n).isBetween(900L, 1100L));
        assertThat(places.countyName("520101100201")).isEqualTo("模拟520101县");
    }

    @Test
    void theirPeopleHaveTheirCountysIdentityNumbers(@Autowired DemoChildren children, @Autowired DemoElders elders) {
        List<RegionCode> counties = synthetic.create(2);
        // Only the new counties: the demo county's identity numbers were drawn at start-up.
        DemoPlaces places = DemoPlaces.of(counties.stream().flatMap(c -> regions.subtree(c).stream()).toList());
        long childrenBefore = jdbc.queryForObject("select coalesce(max(id), 0) from child", Long.class);
        long eldersBefore = jdbc.queryForObject("select coalesce(max(id), 0) from elder", Long.class);

        children.generate(400, places, 1L);
        elders.generate(200, places, 2L);

        List<Map<String, Object>> people = new ArrayList<>(jdbc.queryForList(
                "select village_code, id_number, current_address from child where id > ? and id_number is not null",
                childrenBefore));
        people.addAll(jdbc.queryForList("select village_code, id_number, '' current_address from elder where id > ?",
                eldersBefore));
        assertThat(people).hasSizeGreaterThan(550).allSatisfy(row -> {
            String number = (String) row.get("id_number");
            String county = ((String) row.get("village_code")).substring(0, 6);
            assertThat(number).startsWith(county);
            assertThat(ResidentIdNumber.parse(number).value()).isEqualTo(number);
            assertThat((String) row.get("current_address")).satisfiesAnyOf(a -> assertThat(a).isEmpty(),
                    a -> assertThat(a).startsWith("模拟" + county + "县"));
        });
    }
}
