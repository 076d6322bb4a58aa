package org.guanai.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.account.AccountLogins;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.child.ChildValidator;
import org.guanai.registry.child.KeyTargets;
import org.guanai.registry.elder.ElderDetails;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.elder.ElderValidator;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.testsupport.TestTowns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class DemoDataLoaderTest {

    @Autowired
    RegionService regions;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountLogins accounts;
    @Autowired
    DemoDataLoader loader;

    @Test
    void theDemoCountyHasTheSixUnitsOfThePlanEachWithFiveToTwelveVillages() {
        List<Region> towns = regions.children(RegionCode.of("522730000000")).stream()
                .filter(t -> !TestTowns.isTestTown(t)).toList();
        assertThat(towns).extracting(Region::getName)
                .containsExactly("冠山街道", "龙山镇", "谷脚镇", "醒狮镇", "湾滩河镇", "洗马镇");
        for (Region town : towns) {
            assertThat(regions.children(town.code())).hasSizeBetween(5, 12);
        }
    }

    @Test
    void everyDemoAccountExists() {
        for (String name : List.of("admin", "county", "longshan", "gujiao", "edu", "police", "health", "school1",
                "inspector")) {
            assertThat(accounts.prepareLogin(name)).as(name).isPresent();
        }
        assertThat(organisations.findByCode("ga").orElseThrow().getName()).isEqualTo("龙里县公安局");
    }

    @Test
    void demoChildrenAreValidAndTheirStoredFlagsAreWhatTheDomainDerives(@Autowired ChildService children,
            @Autowired JdbcTemplate jdbc) {
        List<Long> ids = jdbc.queryForList("select id from child where id_number like '522730%' or id_number is null "
                + "order by id limit 200", Long.class);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(200);
        int keyTargets = 0;
        for (long id : ids) {
            Child child = children.get(id, Jurisdiction.everything());
            ChildDetails details = child.getDetails();
            assertThat(ChildValidator.validate(details, LocalDate.now())).as("child " + id).isEmpty();
            assertThat(child.getKeyTargets().flags()).isEqualTo(KeyTargets.of(details).flags());
            keyTargets += child.isKeyTarget() ? 1 : 0;
        }
        // Realistic proportions: some key targets, far from all.
        assertThat(keyTargets).isBetween(10, 120);
    }

    @Test
    void demoEldersAreValidSixtyOrOlderWithChildrenAway(@Autowired ElderService elders, @Autowired JdbcTemplate jdbc) {
        List<Long> ids = jdbc.queryForList("select id from elder where id_number like '522730%' order by id limit 100",
                Long.class);
        assertThat(ids).hasSize(100);
        for (long id : ids) {
            ElderDetails details = elders.get(id, Jurisdiction.everything()).getDetails();
            assertThat(ElderValidator.validate(details, LocalDate.now())).as("elder " + id).isEmpty();
            assertThat(details.getChildrenAway()).isNotEmpty();
        }
    }

    @Test
    void runningAgainLoadsNothingTwice() throws Exception {
        int before = regions.all().size();
        ApplicationArguments args = new DefaultApplicationArguments();
        loader.run(args);
        assertThat(regions.all()).hasSize(before);
    }

    /** Without statistics PostgreSQL plans the demo's joins as if its tables were empty (a care page took 2 s). */
    @Test
    void theLoadedTablesHaveStatisticsBeforeTheInstanceIsReady(@Autowired JdbcTemplate jdbc) {
        List<String> analyzed = jdbc.queryForList(
                "select relname from pg_stat_user_tables where last_analyze is not null", String.class);
        assertThat(analyzed).contains("child", "elder", "visit", "care_responsibility", "case_file", "region");
    }
}
