package org.guanai.registry.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.casework.CaseRefusedException;
import org.guanai.registry.casework.CaseRouting;
import org.guanai.registry.casework.CaseType;
import org.guanai.registry.committee.CommitteeKind;
import org.guanai.registry.committee.CommitteeService;
import org.guanai.registry.demo.SyntheticCounties;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.pattern.PatternService;
import org.guanai.registry.plan.CountyPlans;
import org.guanai.registry.plan.PlanPack;
import org.guanai.registry.plan.PlanPacks;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.report.QuarterlyReportService;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.task.PlanTask;
import org.guanai.registry.task.TaskService;
import org.guanai.registry.task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo counties work under their own plans, each seeing only its own; a county adopting a later plan keeps the
 * earlier plan's tasks archived with their reports.
 */
@SpringBootTest
class PlanAdoptionTest {

    static final RegionCode LONGLI = RegionCode.of("522730000000");
    static final RegionCode CHANGBAI = RegionCode.of("220623000000");
    static final RegionCode CHANGBAI_TOWN = RegionCode.of("220623100000");

    @Autowired
    CountyPlans plans;
    @Autowired
    PlanPacks packs;
    @Autowired
    PlanAdoption adoption;
    @Autowired
    TaskService tasks;
    @Autowired
    PatternService pattern;
    @Autowired
    CommitteeService committees;
    @Autowired
    CaseRouting routing;
    @Autowired
    QuarterlyReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachDemoCountyWorksUnderItsOwnPlanAndSeesOnlyIt() {
        assertThat(plans.current(LONGLI)).map(PlanPack::id).contains("longli-2017");
        assertThat(plans.current(CHANGBAI_TOWN)).map(PlanPack::id).contains("changbai-2016");
        assertThat(plans.words(CHANGBAI).town()).isEqualTo("乡镇");
        assertThat(plans.words(LONGLI).town()).isEqualTo("镇（街道）");

        SignedInUser cbtown = user(Role.TOWN, CHANGBAI_TOWN);
        List<String> changbaiCodes = packs.get("changbai-2016").tasks().stream().map(PlanPack.TaskLine::code).toList();
        assertThat(tasks.rows(TaskService.TaskFilter.all(), cbtown)).isNotEmpty()
                .allSatisfy(r -> assertThat(changbaiCodes).contains(r.task().getCode()))
                .allSatisfy(r -> assertThat(r.task().getCountyCode()).isEqualTo(CHANGBAI.value()));
        assertThat(tasks.all(CHANGBAI)).extracting(PlanTask::getCode).containsExactlyElementsOf(changbaiCodes);
        assertThat(tasks.all(LONGLI)).extracting(PlanTask::getCode).contains("五（六）").doesNotContain("四（一）1");

        // The joint meeting is Changbai's, the leading group Longli's.
        assertThat(committees.roster(CommitteeKind.JOINT_MEETING, cbtown, null).entered()).isTrue();
        assertThat(committees.roster(CommitteeKind.LEADING_GROUP, cbtown, null).entered()).isFalse();
        assertThat(committees.roster(CommitteeKind.LEADING_GROUP, user(Role.TOWN, RegionCode.of("522730100000")),
                null).entered()).isTrue();

        // No "456" in Changbai's plan.
        assertThat(pattern.matrix(user(Role.COUNTY, CHANGBAI), null)).allSatisfy(l -> assertThat(l.items()).isEmpty());

        // Its towns report by the 20th of the quarter's last month; Longli's by the quarter's end.
        assertThat(reports.deadline(Quarter.parse("2026-Q4"), CHANGBAI)).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(reports.deadline(Quarter.parse("2026-Q4"), LONGLI)).isEqualTo(LocalDate.of(2026, 12, 31));

        // Its plan enables no elders' cases; Longli's does.
        String changbaiVillage = jdbc.queryForObject("select min(code) from region where code like '220623100%' "
                + "and level = 'VILLAGE'", String.class);
        assertThatThrownBy(() -> routing.ownerFor(CaseType.ELDER_ABUSE, changbaiVillage))
                .isInstanceOfSatisfying(CaseRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.notInPlan"));
        assertThat(routing.ownerFor(CaseType.ELDER_ABUSE, "522730100201")).isNotNull();
        assertThat(routing.ownerFor(CaseType.DROPOUT, changbaiVillage)).isNotNull();
    }

    @Test
    @Transactional
    void aLaterPlanArchivesTheTasksBeforeItNeverDeletesThem(@Autowired SyntheticCounties synthetic) {
        RegionCode county = synthetic.create(1).get(0);
        SignedInUser office = user(Role.COUNTY, county);
        SignedInUser town = user(Role.TOWN, RegionCode.of(county.prefix() + "100000"));

        assertThat(plans.current(county)).isEmpty();
        adoption.adopt("changbai-2016", office);
        PlanTask update = tasks.all(county).stream().filter(t -> t.getCode().equals("四（一）2")).findFirst()
                .orElseThrow();
        assertThat(update.timeLimitLabel()).isEqualTo("每季度最后一个月20日前");
        tasks.report(update.getId(), null, TaskStatus.DONE, "本季度已报送", null, town);
        assertThat(tasks.rows(TaskService.TaskFilter.all(), town)).filteredOn(r -> r.task().getId()
                .equals(update.getId())).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(TaskStatus.DONE));

        assertThatThrownBy(() -> adoption.adopt("changbai-2016", office))
                .isInstanceOfSatisfying(PlanAdoption.AdoptionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.error.alreadyAdopted"));
        assertThatThrownBy(() -> adoption.adopt("changbai-2016", town))
                .isInstanceOf(PlanAdoption.AdoptionRefusedException.class);

        adoption.adopt("longli-2017", office);
        assertThat(tasks.all(county)).extracting(PlanTask::getCode).contains("五（六）").doesNotContain("四（一）2");
        assertThat(tasks.archived(county)).extracting(PlanTask::getCode).contains("四（一）2");
        // The archived task keeps its report and takes no more.
        assertThat(tasks.rows(new TaskService.TaskFilter(null, null, null, null, null, true), town))
                .filteredOn(r -> r.task().getId().equals(update.getId())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(TaskStatus.DONE));
        assertThatThrownBy(() -> tasks.report(update.getId(), null, TaskStatus.IN_PROGRESS, null, null, town))
                .hasMessageContaining("task.error.archived");
        assertThat(pattern.matrix(office, null).get(0).items()).hasSize(4);
        assertThat(plans.history(county)).extracting(CountyPlans.Adoption::planId)
                .containsExactly("longli-2017", "changbai-2016");
        // Back to the earlier plan: refused.
        assertThatThrownBy(() -> adoption.adopt("changbai-2016", office))
                .isInstanceOfSatisfying(PlanAdoption.AdoptionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.error.notLater"));
    }

    private static SignedInUser user(Role role, RegionCode region) {
        return new SignedInUser(null, role.name().toLowerCase(), role.name(), role, Jurisdiction.region(region));
    }
}
