package org.guanai.registry.demo;

import org.guanai.registry.account.AccountForm;
import java.util.stream.Stream;
import org.guanai.registry.account.AccountService;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.adoption.PlanAdoption;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.plan.PlanPack;
import org.guanai.registry.plan.PlanPacks;
import org.guanai.registry.casework.KeyTargetCases;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.organisation.OrganisationKind;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionKind;
import org.guanai.registry.region.RegionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo county (regions, organisations, demo accounts) into an empty database, once. Only
 * with {@code registry.demo.enabled=true}, which the prod profile turns off.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "registry.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final RegionService regions;
    private final OrganisationService organisations;
    private final DemoCountyBuilder counties;
    private final SyntheticCounties syntheticCounties;
    private final AccountService accounts;
    private final TransactionTemplate transaction;
    private final DemoChildren demoChildren;
    private final DemoElders demoElders;
    private final KeyTargetCases keyTargetCases;
    private final PlanAdoption adoption;
    private final DemoLoading demoLoading;
    private final PlanPacks packs;
    private final DemoCare demoCare;
    private final JdbcTemplate jdbc;
    private final int childCount;
    private final int elderCount;
    private final int syntheticCountyCount;
    private final int changbaiChildCount;
    private final int changbaiElderCount;

    DemoDataLoader(RegionService regions, OrganisationService organisations, DemoCountyBuilder counties,
            SyntheticCounties syntheticCounties, AccountService accounts, TransactionTemplate transaction,
            DemoChildren demoChildren, DemoElders demoElders, KeyTargetCases keyTargetCases,
            PlanAdoption adoption, PlanPacks packs, DemoCare demoCare, DemoLoading demoLoading, JdbcTemplate jdbc,
            @Value("${registry.demo.children:3000}") int childCount,
            @Value("${registry.demo.elders:1500}") int elderCount,
            @Value("${registry.demo.synthetic-counties:0}") int syntheticCountyCount,
            @Value("${registry.demo.changbai-children:400}") int changbaiChildCount,
            @Value("${registry.demo.changbai-elders:200}") int changbaiElderCount) {
        this.adoption = adoption;
        this.packs = packs;
        this.demoLoading = demoLoading;
        this.changbaiChildCount = changbaiChildCount;
        this.changbaiElderCount = changbaiElderCount;
        this.regions = regions;
        this.organisations = organisations;
        this.counties = counties;
        this.syntheticCounties = syntheticCounties;
        this.accounts = accounts;
        this.transaction = transaction;
        this.demoChildren = demoChildren;
        this.demoElders = demoElders;
        this.keyTargetCases = keyTargetCases;
        this.demoCare = demoCare;
        this.jdbc = jdbc;
        this.childCount = childCount;
        this.elderCount = elderCount;
        this.syntheticCountyCount = syntheticCountyCount;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoLoading.loading();
        try {
            loadOnce();
        } finally {
            demoLoading.loaded();
        }
    }

    private void loadOnce() {
        if (!regions.isEmpty()) {
            // A demo database made by an earlier version gets the demo accounts added since.
            transaction.executeWithoutResult(status -> createMissingAccounts());
            return;
        }
        transaction.executeWithoutResult(status -> {
            load();
            syntheticCounties.create(syntheticCountyCount);
            DemoPlaces places = DemoPlaces.of(regions.all());
            demoChildren.generate(childCount, places, 20261123L);
            demoElders.generate(elderCount, places, 20261124L);
            // The second county, under its own plan, with its own people (not a share of Longli's).
            loadChangbai();
            DemoPlaces changbai = DemoPlaces.of(regions.subtree(RegionCode.of(ChangbaiDemoCounty.COUNTY)));
            demoChildren.generate(changbaiChildCount, changbai, 20261203L);
            demoElders.generate(changbaiElderCount, changbai, 20261204L);
            // The bulk-loaded key targets get their cases as if they had been registered one by one.
            keyTargetCases.openForEarlierKeyTargets();
            demoCare.generate(RegionCode.of(LongliDemoCounty.COUNTY), 20261202L);
            demoCare.generate(RegionCode.of(ChangbaiDemoCounty.COUNTY), 20261205L);
        });
        // Tables filled in one go have no statistics until autovacuum's first pass, minutes later; until then
        // PostgreSQL plans their joins as if they were empty (the care figures took 2 s instead of 24 ms), so the
        // instance is ready only once they are analyzed (docs/operations.md, "Readiness").
        jdbc.execute("analyze");
        log.info("Loaded the demo counties 龙里县 and 长白朝鲜族自治县 and {} synthetic counties, {} + {} demo children, "
                + "{} + {} demo elders and the demo accounts (password {}).", syntheticCountyCount, childCount,
                changbaiChildCount, elderCount, changbaiElderCount, LongliDemoCounty.DEMO_PASSWORD);
    }

    private void load() {
        RegionCode province = RegionCode.of(LongliDemoCounty.PROVINCE);
        RegionCode prefecture = RegionCode.of(LongliDemoCounty.PREFECTURE);
        RegionCode county = RegionCode.of(LongliDemoCounty.COUNTY);
        regions.create(province, "贵州省", null, RegionKind.OTHER, 0);
        regions.create(prefecture, "黔南布依族苗族自治州", province, RegionKind.OTHER, 0);
        regions.create(county, "龙里县", prefecture, RegionKind.COUNTY, 0);

        counties.departments(county, "龙里县", "");
        int order = LongliDemoCounty.DEPARTMENTS.size();
        organisations.create("rescue-station", "龙里县救助管理站", OrganisationKind.INSTITUTION,
                DepartmentType.CIVIL_AFFAIRS, county, order++);
        organisations.create("welfare-home", "龙里县儿童福利院", OrganisationKind.INSTITUTION,
                DepartmentType.CIVIL_AFFAIRS, county, order++);

        int townOrder = 0;
        for (LongliDemoCounty.Town town : LongliDemoCounty.TOWNS) {
            counties.town(town, county, townOrder++);
        }

        createMissingAccounts();
        adopt(county, "longli-2017");
    }

    /** 长白朝鲜族自治县: its regions, the units its plan names, its town units, its plan and its demo accounts. */
    private void loadChangbai() {
        RegionCode province = RegionCode.of(ChangbaiDemoCounty.PROVINCE);
        RegionCode prefecture = RegionCode.of(ChangbaiDemoCounty.PREFECTURE);
        RegionCode county = RegionCode.of(ChangbaiDemoCounty.COUNTY);
        regions.create(province, "吉林省", null, RegionKind.OTHER, 1);
        regions.create(prefecture, "白山市", province, RegionKind.OTHER, 0);
        regions.create(county, "长白朝鲜族自治县", prefecture, RegionKind.COUNTY, 0);
        int order = 0;
        for (PlanPack.Unit unit : packs.get(ChangbaiDemoCounty.PLAN).units()) {
            if (unit.code() != null && ChangbaiDemoCounty.isCountyDepartment(unit.line())) {
                organisations.create(ChangbaiDemoCounty.CODE_PREFIX + unit.code(), unit.name(),
                        OrganisationKind.COUNTY_DEPARTMENT, unit.line(), county, order++);
            }
        }
        int townOrder = 0;
        for (LongliDemoCounty.Town town : ChangbaiDemoCounty.TOWNS) {
            counties.town(town, county, townOrder++);
        }
        createMissingAccounts();
        adopt(county, ChangbaiDemoCounty.PLAN);
    }

    /** The county adopts its plan as its office would. */
    private void adopt(RegionCode county, String plan) {
        adoption.adopt(plan, new SignedInUser(null, "demo", "演示数据", Role.COUNTY, Jurisdiction.region(county)));
    }

    private void createMissingAccounts() {
        for (LongliDemoCounty.DemoAccount a : Stream.concat(LongliDemoCounty.ACCOUNTS.stream(),
                ChangbaiDemoCounty.ACCOUNTS.stream()).toList()) {
            String region = a.regionCode() == null ? null : a.regionCode().substring(0, 6) + "000000";
            if (accounts.exists(a.username()) || (region != null && regions.find(region).isEmpty())
                    || regions.find(LongliDemoCounty.COUNTY).isEmpty()) {
                continue;
            }
            Long organisationId = a.organisationCode() == null ? null
                    : organisations.findByCode(a.organisationCode()).orElseThrow().getId();
            accounts.createDemoAccount(new AccountForm(a.username(), a.displayName(), a.role(), a.regionCode(),
                    organisationId), LongliDemoCounty.DEMO_PASSWORD);
        }
    }
}
