package org.guanai.registry.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.organisation.Organisation;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The plan's tasks as seeded, overdue derived, and each unit reporting only its own part. */
@SpringBootTest
class TaskServiceTest {

    static final RegionCode COUNTY = RegionCode.of("522730000000");

    @Autowired
    TaskService tasks;
    @Autowired
    OrganisationService organisations;

    SignedInUser county = new SignedInUser(null, "county", "县留守办", Role.COUNTY, Jurisdiction.region(COUNTY));

    @Test
    void theSeededTasksHaveTheLeadUnitsOfThePlan() {
        // 五（一）–（六）: the 牵头单位 of each section of the Longli plan.
        Map<String, DepartmentType> lead = new LinkedHashMap<>();
        lead.put("五（一）", DepartmentType.POLICE);
        lead.put("五（二）", DepartmentType.TOWN);
        lead.put("五（三）", DepartmentType.EDUCATION);
        lead.put("五（四）", DepartmentType.POLICE);
        lead.put("五（五）", DepartmentType.CIVIL_AFFAIRS);
        lead.put("五（六）", DepartmentType.FINANCE);
        lead.forEach((section, line) -> assertThat(tasks.all(COUNTY)).as(section)
                .filteredOn(t -> t.getSection().equals(section)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getLeadLine()).isEqualTo(line)));
        assertThat(tasks.all(COUNTY)).filteredOn(t -> t.getCode().equals("五（三）2")).singleElement().satisfies(t -> {
            assertThat(t.getResponsibleLines()).containsExactlyInAnyOrder(DepartmentType.TOWN,
                    DepartmentType.CIVIL_AFFAIRS, DepartmentType.POLICE, DepartmentType.YOUTH_LEAGUE);
            assertThat(t.getDueOn()).isEqualTo(LocalDate.of(2017, 7, 31));
        });
        assertThat(tasks.all(COUNTY)).filteredOn(t -> t.getSection().equals("六")).extracting(PlanTask::getPhase)
                .containsExactly(TaskPhase.MOBILISE, TaskPhase.CAMPAIGN, TaskPhase.CONSOLIDATE);
        assertThat(tasks.all(COUNTY)).filteredOn(t -> t.getCode().equals("六（一）")).singleElement()
                .satisfies(t -> assertThat(t.getDueOn()).isEqualTo(LocalDate.of(2016, 12, 20)));
    }

    @Test
    void theUnitsOfACountyAreItsActiveDepartmentsAndItsTowns() {
        List<Organisation> departments = organisations.all().stream().filter(o -> o.isActive()
                && o.isCountyDepartment() && o.getRegionCode().equals(COUNTY.value())).toList();
        List<TaskUnit> units = tasks.units(COUNTY);
        assertThat(units).filteredOn(u -> !u.isTown()).extracting(TaskUnit::organisationId)
                .containsExactlyElementsOf(departments.stream().map(Organisation::getId).toList());
        assertThat(units).filteredOn(TaskUnit::isTown).isNotEmpty()
                .allSatisfy(u -> assertThat(u.regionCode()).startsWith("522730"));
        // The second demo county's departments are units of its own county only.
        assertThat(organisations.all()).anyMatch(o -> o.isCountyDepartment() && !o.getRegionCode().equals(COUNTY.value()));
    }

    @Test
    void aUnitReportsOnlyItsOwnPartAndOverdueFollowsTheTimeLimit() {
        SignedInUser edu = department("jy");
        SignedInUser longshan = new SignedInUser(null, "longshan", "龙山镇", Role.TOWN,
                Jurisdiction.region(RegionCode.of("522730100000")));
        PlanTask dropout = task("五（三）2");
        PlanTask hukou = task("五（四）2");
        // The education bureau sees its own rows only; 五（三）2 is overdue until it is done.
        TaskService.TaskRow before = row(edu, dropout);
        assertThat(before.lead()).isTrue();
        assertThat(before.overdue()).isTrue();
        assertThat(tasks.rows(new TaskService.TaskFilter(null, null, null, null, null), edu))
                .allSatisfy(r -> assertThat(r.unit().line()).isEqualTo(DepartmentType.EDUCATION));
        tasks.report(dropout.getId(), null, TaskStatus.DONE, "劝返复学 3 人", "学籍系统截图", edu);
        TaskService.TaskRow after = row(edu, dropout);
        assertThat(after.status()).isEqualTo(TaskStatus.DONE);
        assertThat(after.overdue()).isFalse();
        assertThat(after.latest().getEvidence()).isEqualTo("学籍系统截图");
        // The county sees the education bureau's row as done, and other units' rows as they are.
        assertThat(tasks.rows(new TaskService.TaskFilter(null, DepartmentType.EDUCATION, TaskStatus.DONE, null, null), county))
                .extracting(r -> r.task().getCode()).contains("五（三）2");
        assertThatThrownBy(() -> tasks.report(hukou.getId(), null, TaskStatus.DONE, null, null, edu))
                .isInstanceOfSatisfying(TaskRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("task.error.notYourTask"));
        assertThatThrownBy(() -> tasks.report(task("五（六）").getId(), null, TaskStatus.DONE, null, null, longshan))
                .isInstanceOf(TaskRefusedException.class);
        tasks.report(hukou.getId(), null, TaskStatus.IN_PROGRESS, "协助宣传", null, longshan);
        assertThat(tasks.rows(new TaskService.TaskFilter(null, null, null, null, null), longshan))
                .allSatisfy(r -> assertThat(r.unit().regionCode()).isEqualTo("522730100000"))
                .anySatisfy(r -> assertThat(r.status()).isEqualTo(TaskStatus.IN_PROGRESS));
        assertThatThrownBy(() -> tasks.add("年度总结", terms("报送年度工作总结", DepartmentType.CIVIL_AFFAIRS,
                Set.of(), null, LocalDate.now().plusDays(10), null), edu)).isInstanceOf(TaskRefusedException.class);
        PlanTask summary = tasks.add("年度总结" + System.nanoTime() % 1000, terms("每年12月中旬报送年度工作总结和下一步工作思路",
                DepartmentType.CIVIL_AFFAIRS, Set.of(DepartmentType.TOWN), null, LocalDate.now().plusDays(10), null),
                county);
        assertThat(tasks.rows(new TaskService.TaskFilter(null, null, null, false, null), longshan))
                .extracting(r -> r.task().getId()).contains(summary.getId());
    }

    @Test
    void theCountyOfficeCorrectsATaskAndAStaleCopyIsRefused() {
        PlanTask added = tasks.add("改" + System.nanoTime() % 100000, terms("报送年度工作总结",
                DepartmentType.CIVIL_AFFAIRS, Set.of(), null, LocalDate.now().plusDays(30), null), county);
        long version = added.getVersion();
        assertThatThrownBy(() -> tasks.change(added.getId(), version, terms("改", DepartmentType.CIVIL_AFFAIRS,
                Set.of(), null, LocalDate.now(), null), department("jy")))
                .isInstanceOfSatisfying(TaskRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("task.error.countyOnly"));
        assertThatThrownBy(() -> tasks.change(added.getId(), version, terms("改", DepartmentType.CIVIL_AFFAIRS,
                Set.of(), LocalDate.now(), LocalDate.now().minusDays(1), null), county))
                .isInstanceOfSatisfying(TaskRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("task.error.dates"));
        // Moved into the past and given to the towns: every town's part is now overdue.
        tasks.change(added.getId(), version, terms("每年12月中旬报送年度工作总结", DepartmentType.CIVIL_AFFAIRS,
                Set.of(DepartmentType.TOWN), null, LocalDate.now().minusDays(1), TaskPhase.CONSOLIDATE), county);
        PlanTask changed = tasks.find(added.getId(), county);
        assertThat(changed.getTitle()).isEqualTo("每年12月中旬报送年度工作总结");
        assertThat(changed.getPhase()).isEqualTo(TaskPhase.CONSOLIDATE);
        assertThat(tasks.rows(new TaskService.TaskFilter(null, DepartmentType.TOWN, null, null, null), county))
                .filteredOn(r -> r.task().getId().equals(added.getId())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.overdue()).isTrue());
        assertThatThrownBy(() -> tasks.change(added.getId(), version, terms("旧副本", DepartmentType.CIVIL_AFFAIRS,
                Set.of(), null, LocalDate.now(), null), county))
                .isInstanceOfSatisfying(TaskRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("common.error.concurrentEdit"));
        assertThat(tasks.find(added.getId(), county).getTitle()).isEqualTo("每年12月中旬报送年度工作总结");
    }

    private static TaskTerms terms(String title, DepartmentType lead, Set<DepartmentType> responsible,
            LocalDate startsOn, LocalDate dueOn, TaskPhase phase) {
        return new TaskTerms(title, lead, responsible, startsOn, dueOn, Optional.empty(), null, phase);
    }

    private TaskService.TaskRow row(SignedInUser actor, PlanTask task) {
        return tasks.rows(new TaskService.TaskFilter(null, null, null, null, null), actor).stream()
                .filter(r -> r.task().getId().equals(task.getId())).findFirst().orElseThrow();
    }

    private PlanTask task(String code) {
        return tasks.all(COUNTY).stream().filter(t -> t.getCode().equals(code)).findFirst().orElseThrow();
    }

    private SignedInUser department(String code) {
        return new SignedInUser(null, code, code, Role.DEPARTMENT,
                Jurisdiction.department(organisations.findByCode(code).orElseThrow().getId(), COUNTY));
    }
}
