package org.guanai.registry.demo;

import org.guanai.registry.account.AccountForm;
import org.guanai.registry.account.AccountService;
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
    private final DemoCommittees demoCommittees;
    private final DemoCare demoCare;
    private final int childCount;
    private final int elderCount;
    private final int syntheticCountyCount;

    DemoDataLoader(RegionService regions, OrganisationService organisations, DemoCountyBuilder counties,
            SyntheticCounties syntheticCounties, AccountService accounts, TransactionTemplate transaction,
            DemoChildren demoChildren, DemoElders demoElders, KeyTargetCases keyTargetCases,
            DemoCommittees demoCommittees, DemoCare demoCare, @Value("${registry.demo.children:3000}") int childCount,
            @Value("${registry.demo.elders:1500}") int elderCount,
            @Value("${registry.demo.synthetic-counties:0}") int syntheticCountyCount) {
        this.regions = regions;
        this.organisations = organisations;
        this.counties = counties;
        this.syntheticCounties = syntheticCounties;
        this.accounts = accounts;
        this.transaction = transaction;
        this.demoChildren = demoChildren;
        this.demoElders = demoElders;
        this.keyTargetCases = keyTargetCases;
        this.demoCommittees = demoCommittees;
        this.demoCare = demoCare;
        this.childCount = childCount;
        this.elderCount = elderCount;
        this.syntheticCountyCount = syntheticCountyCount;
    }

    @Override
    public void run(ApplicationArguments args) {
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
            // The bulk-loaded key targets get their cases as if they had been registered one by one.
            keyTargetCases.openForEarlierKeyTargets();
            demoCare.generate(RegionCode.of(LongliDemoCounty.COUNTY), 20261202L);
        });
        log.info("Loaded the demo county 龙里县 and {} synthetic counties, {} demo children, {} demo elders and the "
                + "demo accounts (password {}).", syntheticCountyCount, childCount, elderCount,
                LongliDemoCounty.DEMO_PASSWORD);
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
        demoCommittees.load(county);
    }

    private void createMissingAccounts() {
        for (LongliDemoCounty.DemoAccount a : LongliDemoCounty.ACCOUNTS) {
            if (accounts.exists(a.username()) || regions.find(LongliDemoCounty.COUNTY).isEmpty()) {
                continue;
            }
            Long organisationId = a.organisationCode() == null ? null
                    : organisations.findByCode(a.organisationCode()).orElseThrow().getId();
            accounts.createDemoAccount(new AccountForm(a.username(), a.displayName(), a.role(), a.regionCode(),
                    organisationId), LongliDemoCounty.DEMO_PASSWORD);
        }
    }
}
