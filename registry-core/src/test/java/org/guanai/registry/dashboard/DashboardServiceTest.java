package org.guanai.registry.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.casework.CaseFigures;
import org.guanai.registry.casework.CaseType;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.child.KeyTargets;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.person.ExitReason;
import org.guanai.registry.person.Health;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.report.QuarterlyReportService;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.ElderFixtures;
import org.guanai.registry.testsupport.TestTowns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The home-page figures on a fixture of their own (a fresh town), each compared with the same figure counted
 * by a plain SQL query written here, and with what the fixture was built to contain.
 */
@SpringBootTest
class DashboardServiceTest {

    static final RegionCode COUNTY = RegionCode.of("522730000000");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    DashboardService dashboards;
    @Autowired
    ChildService children;
    @Autowired
    ElderService elders;
    @Autowired
    RegionService regions;
    @Autowired
    OrganisationService organisations;
    @Autowired
    QuarterlyReportService reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aTownsFiguresEqualDirectQueriesAndTheFixture() {
        RegionCode town = TestTowns.create(regions);
        String village = TestTowns.village(town);
        Jurisdiction j = Jurisdiction.region(town);
        child(village, j, d -> { });
        child(village, j, d -> d.setSchooling(Schooling.DROPPED_OUT));
        child(village, j, d -> {
            d.setIdNumber(null);
            d.setHasHukou(false);
        });
        Child exited = child(village, j, d -> {
            d.setHealth(Health.ILL);
            d.setIllness("白血病");
        });
        children.exit(exited.getId(), ExitReason.MOVED_AWAY, LocalDate.now(ZONE), null, j);
        elders.register(ElderFixtures.elder("统老" + UUID.randomUUID().toString().substring(0, 4), village), true, j);

        SignedInUser clerk = new SignedInUser(null, "clerk", "测试镇", Role.TOWN, j);
        Dashboard d = dashboards.of(clerk);

        // People: three active children, two of them key targets; the exited one counts nowhere.
        assertThat(d.people().children()).isEqualTo(3).isEqualTo(count(
                "select count(*) from child where status = 'ACTIVE' and village_code like ?", town));
        assertThat(d.people().keyTargets()).isEqualTo(2).isEqualTo(count(
                "select count(*) from child where status = 'ACTIVE' and key_target and village_code like ?", town));
        assertThat(d.people().elders()).isEqualTo(1).isEqualTo(count(
                "select count(*) from elder where status = 'ACTIVE' and village_code like ?", town));
        assertThat(d.people().byFlag()).containsEntry(KeyTargets.Flag.OUT_OF_SCHOOL, 1L)
                .containsEntry(KeyTargets.Flag.NO_HUKOU, 1L).containsEntry(KeyTargets.Flag.SERIOUS_ILLNESS, 0L);
        assertThat(d.areas()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo(village);
            assertThat(a.keyTargets()).isEqualTo(2);
        });

        // Cases: the key targets opened a dropout and a household case, and the ill child a safety-net case
        // before it left: three this month.
        Map<CaseType, Long> openByType = new HashMap<>();
        jdbc.query("select case_type, count(*) from case_file where not closed and region_code like ? "
                + "group by case_type", rs -> {
                    openByType.put(CaseType.valueOf(rs.getString(1)), rs.getLong(2));
                }, town.prefix() + "%");
        assertThat(openByType).containsEntry(CaseType.DROPOUT, 1L).containsEntry(CaseType.HUKOU, 1L);
        for (CaseFigures.TypeCount c : d.cases()) {
            assertThat(c.open()).as(c.type().name()).isEqualTo(openByType.getOrDefault(c.type(), 0L));
        }
        assertThat(d.months()).hasSize(12);
        assertThat(d.months().get(11).month()).isEqualTo(YearMonth.now(clock.withZone(ZONE)));
        assertThat(d.months().get(11).opened()).isEqualTo(count("select count(*) from case_file where "
                + "region_code like ? and opened_at >= date_trunc('month', now() at time zone 'Asia/Shanghai') "
                + "at time zone 'Asia/Shanghai'", town)).isEqualTo(3);
        // Every month, both columns, as the database buckets them in the installation's zone.
        for (int i = 0; i < 12; i++) {
            String month = "date_trunc('month', now() at time zone 'Asia/Shanghai') - interval '" + (11 - i)
                    + " months'";
            for (String column : List.of("opened_at", "closed_at")) {
                long expected = count("select count(*) from case_file where region_code like ? and " + column
                        + " >= (" + month + ") at time zone 'Asia/Shanghai' and " + column + " < (" + month
                        + " + interval '1 month') at time zone 'Asia/Shanghai'", town);
                CaseFigures.MonthCount m = d.months().get(i);
                assertThat(column.equals("opened_at") ? m.opened() : m.closed()).as(m.month() + " " + column)
                        .isEqualTo(expected);
            }
        }
        // A case closed two months ago, opened four months ago, lands in those months' columns.
        String midMonth = "(date_trunc('month', now() at time zone 'Asia/Shanghai') - interval '%d months' + interval "
                + "'14 days') at time zone 'Asia/Shanghai'";
        jdbc.update("update case_file set opened_at = " + midMonth.formatted(4) + ", closed = true, closed_at = "
                + midMonth.formatted(2) + " where id = (select min(id) from case_file where region_code like ?)",
                town.prefix() + "%");
        List<CaseFigures.MonthCount> months = dashboards.of(clerk).months();
        assertThat(months.get(11).opened()).isEqualTo(2);
        assertThat(months.get(9).closed()).isEqualTo(1);
        assertThat(months.get(7).opened()).isEqualTo(1);

        // Tasks: one part per task the towns share.
        assertThat(d.tasks().parts()).isEqualTo(count("select count(*) from plan_task where county_code = '522730000000' "
                + "and archived_on is null and (lead_line = 'TOWN' or responsible_lines like ?)", "%TOWN%"));
        assertThat(d.tasks().notStarted() + d.tasks().inProgress() + d.tasks().done()).isEqualTo(d.tasks().parts());

        // Reports: a fresh town has sent none; a quarter whose deadline has passed counts it as missing.
        assertThat(d.report().towns()).isEqualTo(1);
        assertThat(d.report().notIn()).isEqualTo(1);
        assertThat(d.timeliness()).hasSize(4).allSatisfy(t -> {
            boolean past = LocalDate.now(ZONE).isAfter(reports.deadline(t.quarter(), RegionCode.of("522730000000")));
            assertThat(t.missing()).isEqualTo(past ? 1 : 0);
            assertThat(t.waiting()).isEqualTo(past ? 0 : 1);
            assertThat(t.onTime() + t.late()).isZero();
        });
        assertThat(d.timeliness().get(3).quarter()).isEqualTo(Quarter.of(LocalDate.now(ZONE)));
    }

    @Test
    void theCountyAndADepartmentSeeTheirOwnScopeAndAReporterSeesNoPeople() {
        SignedInUser county = new SignedInUser(null, "county", "县留守办", Role.COUNTY, Jurisdiction.region(COUNTY));
        Dashboard d = dashboards.of(county);
        assertThat(d.people().children()).isEqualTo(count(
                "select count(*) from child where status = 'ACTIVE' and village_code like ?", COUNTY));
        assertThat(d.people().keyTargets()).isEqualTo(d.areas().stream().mapToLong(Dashboard.AreaCount::keyTargets)
                .sum());
        assertThat(d.areas()).extracting(Dashboard.AreaCount::name).contains("龙山镇", "谷脚镇");
        for (Dashboard.AreaCount a : d.areas()) {
            assertThat(a.keyTargets()).as(a.name()).isEqualTo(count("select count(*) from child where "
                    + "status = 'ACTIVE' and key_target and village_code like ?", RegionCode.of(a.code())));
        }
        assertThat(d.cases().stream().mapToLong(CaseFigures.TypeCount::overdue).sum()).isEqualTo(count(
                "select count(*) from case_file where not closed and due_at < now() and region_code like ?", COUNTY));

        // The education bureau: the cases routed to it, not the county's.
        long edu = organisations.findByCode("jy").orElseThrow().getId();
        Dashboard e = dashboards.of(new SignedInUser(null, "edu", "教育局", Role.DEPARTMENT,
                Jurisdiction.department(edu, COUNTY)));
        assertThat(e.cases().stream().mapToLong(CaseFigures.TypeCount::open).sum()).isEqualTo(jdbc.queryForObject(
                "select count(*) from case_file where not closed and (owner_organisation_id = ? or "
                        + "(owner_department_type = 'EDUCATION' and region_code like ?) or "
                        + "(referred_lines like '%,EDUCATION,%' and region_code like ?))", Long.class,
                edu, COUNTY.prefix() + "%", COUNTY.prefix() + "%"));
        assertThat(e.tasks().parts()).isEqualTo(count("select count(*) from plan_task where county_code = '522730000000' "
                + "and archived_on is null and (lead_line = 'EDUCATION' or responsible_lines like ?)", "%EDUCATION%"));

        Dashboard school = dashboards.of(new SignedInUser(null, "school1", "学校", Role.REPORTER,
                Jurisdiction.reporter(organisations.findByCode("jy").orElseThrow().getId())));
        assertThat(school.people()).isNull();
        assertThat(school.cases()).isEmpty();
        assertThat(school.tasks()).isNull();
        assertThat(school.report()).isNull();
    }

    private Child child(String village, Jurisdiction j, Consumer<ChildDetails> change) {
        ChildDetails d = ChildFixtures.child("统" + UUID.randomUUID().toString().substring(0, 5), village);
        change.accept(d);
        return children.register(d, true, j);
    }

    private long count(String sql, RegionCode region) {
        return count(sql, region.prefix() + "%");
    }

    private long count(String sql, String parameter) {
        return jdbc.queryForObject(sql, Long.class, parameter);
    }
}
