package org.guanai.registry.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.jurisdiction.ReadOnlyException;
import org.guanai.registry.person.ChangeAction;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.ExitReason;
import org.guanai.registry.person.InvalidPersonException;
import org.guanai.registry.person.ListSort;
import org.guanai.registry.person.PersonPage;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.PossibleDuplicateException;
import org.guanai.registry.person.RecordChange;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.KeysetCursor;
import org.guanai.registry.testsupport.ChildFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ChildServiceTest {

    static final Jurisdiction LONGSHAN = Jurisdiction.region(RegionCode.of("522730100000"));
    static final Jurisdiction GUJIAO = Jurisdiction.region(RegionCode.of("522730101000"));
    static final Jurisdiction COUNTY = Jurisdiction.region(RegionCode.of("522730000000"));
    static final String LONGSHAN_VILLAGE = "522730100201";
    static final String GUJIAO_VILLAGE = "522730101201";

    @Autowired
    ChildService children;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChildListQuery listQuery;
    @Autowired
    RegionService regions;

    private static String uniqueName() {
        return "测" + UUID.randomUUID().toString().substring(0, 6);
    }

    private Child register(String village, Jurisdiction j) {
        return children.register(ChildFixtures.child(uniqueName(), village), false, j);
    }

    @Test
    void aTownSeesItsChildrenAndNoOtherTownsAndEveryAttemptIsAudited() {
        Child mine = register(LONGSHAN_VILLAGE, LONGSHAN);
        Child theirs = register(GUJIAO_VILLAGE, GUJIAO);

        assertThat(children.get(mine.getId(), LONGSHAN).getName()).isEqualTo(mine.getName());
        assertThat(children.get(theirs.getId(), COUNTY).getName()).isEqualTo(theirs.getName());
        int before = deniedFor(theirs.getId());
        assertThatThrownBy(() -> children.get(theirs.getId(), LONGSHAN)).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> children.revealNumbers(theirs.getId(), LONGSHAN))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> children.update(theirs.getId(), 0, ChildFixtures.child("x", GUJIAO_VILLAGE), LONGSHAN))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> children.exit(theirs.getId(), ExitReason.MOVED_AWAY, null, null, LONGSHAN))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> children.recordVisit(theirs.getId(), LocalDate.now(), "x", LONGSHAN))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThat(deniedFor(theirs.getId())).isEqualTo(before + 5);

        List<Long> listed = children.list(ChildFilter.none(), LONGSHAN).rows().stream().map(ChildRow::id).toList();
        assertThat(listed).contains(mine.getId()).doesNotContain(theirs.getId());
        assertThat(children.list(ChildFilter.none(), Jurisdiction.reporter(1L)).rows()).isEmpty();
    }

    @Test
    void aTownCannotRegisterAChildInAnotherTownAndReadOnlyScopesChangeNothing() {
        assertThatThrownBy(() -> register(GUJIAO_VILLAGE, LONGSHAN)).isInstanceOfSatisfying(
                InvalidPersonException.class, e -> assertThat(e.problems()).extracting(p -> p.messageKey())
                        .containsExactly("person.error.villageOutsideJurisdiction"));
        assertThatThrownBy(() -> register(LONGSHAN_VILLAGE, COUNTY.readOnly())).isInstanceOf(ReadOnlyException.class);
        assertThatThrownBy(() -> register(LONGSHAN_VILLAGE, Jurisdiction.department(1L, RegionCode.of("522730000000"))))
                .isInstanceOf(ReadOnlyException.class);
    }

    @Test
    void theSameIdNumberCannotBeRegisteredTwiceAndElsewhereNoPlaceIsNamed() {
        Child first = register(GUJIAO_VILLAGE, GUJIAO);
        ChildDetails again = ChildFixtures.child(uniqueName(), LONGSHAN_VILLAGE);
        again.setIdNumber(first.getDetails().getIdNumber());
        assertThatThrownBy(() -> children.register(again, true, LONGSHAN)).isInstanceOfSatisfying(
                InvalidPersonException.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("person.error.idTakenElsewhere");
                    assertThat(e.problems().get(0).args()).isEmpty();
                });
    }

    @Test
    void theSameNameAndBirthDateMustBeConfirmedAndOutsideTheJurisdictionNoPlaceIsNamed() {
        Child first = register(GUJIAO_VILLAGE, GUJIAO);
        ChildDetails twin = ChildFixtures.child(first.getName(), LONGSHAN_VILLAGE);
        assertThatThrownBy(() -> children.register(twin, false, LONGSHAN)).isInstanceOfSatisfying(
                PossibleDuplicateException.class, e -> assertThat(e.matches())
                        .containsExactly(PossibleDuplicateException.Match.ELSEWHERE));
        // The county office sees where.
        assertThatThrownBy(() -> children.register(twin, false, COUNTY)).isInstanceOfSatisfying(
                PossibleDuplicateException.class, e -> assertThat(e.matches())
                        .containsExactly(new PossibleDuplicateException.Match("谷脚镇", "茶香村")));
        Child saved = children.register(twin, true, LONGSHAN);
        assertThat(saved.getId()).isNotEqualTo(first.getId());
    }

    @Test
    void aSecondEditorOnAnOldVersionOverwritesNothingAndSeesWhatChanged() {
        Child child = register(LONGSHAN_VILLAGE, LONGSHAN);
        long opened = child.getVersion();
        ChildDetails first = child.getDetails();
        first.getFather().setPhone("13800000001");
        children.update(child.getId(), opened, first, LONGSHAN);

        ChildDetails second = child.getDetails();
        second.setSchoolName("别的学校");
        assertThatThrownBy(() -> children.update(child.getId(), opened, second, LONGSHAN))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.recentChanges())
                        .first().satisfies(c -> assertThat(c.getFields()).extracting(f -> f.getField())
                                .containsExactly("father.phone")));
        Child now = children.get(child.getId(), LONGSHAN);
        assertThat(now.getDetails().getSchoolName()).isEqualTo("龙山镇中心小学");
        assertThat(now.getDetails().getFather().getPhone()).isEqualTo("13800000001");
    }

    @Test
    void historyKeepsWhoWhenAndTheFieldDiffsWithNumbersMasked() {
        Child child = register(LONGSHAN_VILLAGE, LONGSHAN);
        ChildDetails edit = child.getDetails();
        edit.setDelegated(true);
        edit.getDelegate().setName("王奶奶");
        edit.getDelegate().setPhone("13912345678");
        edit.setSchooling(Schooling.DROPPED_OUT);
        Child updated = children.update(child.getId(), child.getVersion(), edit, LONGSHAN);
        assertThat(updated.getKeyTargets().flags()).containsExactly(KeyTargets.Flag.OUT_OF_SCHOOL);
        assertThat(updated.isKeyTarget()).isTrue();

        List<RecordChange> history = children.history(child.getId(), LONGSHAN).changes();
        // Dropping out opened a dropout case, after the change that caused it.
        assertThat(history).extracting(RecordChange::getAction)
                .containsExactly(ChangeAction.CASE, ChangeAction.UPDATED, ChangeAction.CREATED);
        history = history.subList(1, history.size());
        RecordChange change = history.get(0);
        assertThat(change.getFields()).extracting(f -> f.getField())
                .containsExactly("delegated", "delegate.name", "delegate.phone", "schooling");
        assertThat(change.getFields().get(2).getAfter()).isEqualTo("139****5678");
        assertThat(history.get(1).getFields()).filteredOn(f -> f.getField().equals("idNumber"))
                .singleElement().satisfies(f -> assertThat(f.getAfter()).contains("********"));

        // Saving without a change writes no history row.
        children.update(child.getId(), updated.getVersion(), updated.getDetails(), LONGSHAN);
        assertThat(children.history(child.getId(), LONGSHAN).changes()).hasSize(3);
    }

    @Test
    void exitAndRestoreNeverDelete() {
        Child child = register(LONGSHAN_VILLAGE, LONGSHAN);
        children.exit(child.getId(), ExitReason.PARENTS_RETURNED, null, "父母已返乡", LONGSHAN);
        Child exited = children.get(child.getId(), LONGSHAN);
        assertThat(exited.getStatus()).isEqualTo(PersonStatus.EXITED);
        assertThat(exited.getExitReason()).isEqualTo(ExitReason.PARENTS_RETURNED);
        assertThat(ids(new ChildFilter(null, null, null, null, null, null, null, null, PersonStatus.EXITED, null, null,
                child.getName(), null, null, null))).containsExactly(child.getId());
        assertThat(ids(filterQ(child.getName()))).isEmpty();

        children.restore(child.getId(), LONGSHAN);
        assertThat(children.get(child.getId(), LONGSHAN).getStatus()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(ids(filterQ(child.getName()))).containsExactly(child.getId());
        assertThat(children.history(child.getId(), LONGSHAN).changes()).extracting(RecordChange::getAction)
                .containsExactly(ChangeAction.RESTORED, ChangeAction.EXITED, ChangeAction.CREATED);
    }

    @Test
    void searchByPartialNamePinyinInitialsAndIdNumber() {
        String tail = UUID.randomUUID().toString().substring(0, 4);
        Child child = children.register(ChildFixtures.child("张三" + tail, LONGSHAN_VILLAGE), false, LONGSHAN);
        assertThat(ids(filterQ("三" + tail))).containsExactly(child.getId());
        assertThat(ids(filterQ("zhangsan"))).contains(child.getId());
        assertThat(ids(filterQ("zs"))).contains(child.getId());
        assertThat(ids(filterQ("ZhangS"))).contains(child.getId());
        assertThat(ids(filterQ(child.getDetails().getIdNumber().toLowerCase()))).containsExactly(child.getId());
    }

    /** One character is compared name by name in a county or town, and looked up in the gram index above. */
    @Test
    void oneCharacterOfANameIsFoundInATownACountyAndTheProvince() {
        Child child = children.register(ChildFixtures.child("淼" + uniqueName(), LONGSHAN_VILLAGE), false, LONGSHAN);
        Jurisdiction province = Jurisdiction.region(RegionCode.of("520000000000"));
        for (Jurisdiction scope : List.of(LONGSHAN, COUNTY, province)) {
            List<ChildRow> rows = children.list(filterQ("淼"), scope).rows();
            assertThat(rows).extracting(ChildRow::id).contains(child.getId());
            assertThat(rows).allSatisfy(r -> assertThat(r.name()).contains("淼"));
        }
        assertThat(children.list(filterQ("淼"), GUJIAO).rows()).extracting(ChildRow::id).doesNotContain(child.getId());
    }

    @Test
    void filtersAndKeysetPagesCoverEveryRowOnce() {
        for (int i = 0; i < 7; i++) {
            ChildDetails d = ChildFixtures.child(uniqueName(), "522730100202");
            if (i % 2 == 0) {
                d.setGuardianKind(GuardianKind.NONE);
            }
            children.register(d, true, LONGSHAN);
        }
        ChildFilter unattended = new ChildFilter("522730100202", KeyTargets.Flag.UNATTENDED, null, null, null, null,
                null, null, null, null, null, null, ListSort.NAME, null, null);
        PersonPage<ChildRow> page = children.list(unattended, LONGSHAN);
        assertThat(page.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.flags()).contains(KeyTargets.Flag.UNATTENDED));
        long total = page.count();

        // Walk the village page by page with a page size of 50: every row once, in order.
        ChildFilter all = new ChildFilter("522730100202", null, null, null, null, null, null, null, null, null, null,
                null, ListSort.BIRTH, null, null);
        PersonPage<ChildRow> first = children.list(all, LONGSHAN);
        assertThat(first.count()).isGreaterThanOrEqualTo(7);
        assertThat(total).isLessThan(first.count());

        for (ListSort sort : ListSort.values()) {
            ChildFilter byOne = new ChildFilter("522730100202", null, null, null, null, null, null, null, null, null,
                    null, null, sort, null, null);
            List<Long> everything = listQuery.page(byOne, LONGSHAN, LocalDate.now(), 1000).rows().stream()
                    .map(ChildRow::id).toList();
            List<Long> walked = new ArrayList<>();
            String cursor = null;
            do {
                PersonPage<ChildRow> p = listQuery.page(new ChildFilter("522730100202", null, null, null, null, null, null, null,
                        null, null, null, null, sort, cursor, null), LONGSHAN, LocalDate.now(), 3);
                p.rows().forEach(r -> walked.add(r.id()));
                // The count and the page are one statement: every page counts the whole filter, not its own rows.
                assertThat(p.count()).as(sort.name()).isEqualTo(everything.size());
                assertThat(p.rows()).allSatisfy(r -> {
                    assertThat(r.villageName()).isEqualTo(regions.nameOf("522730100202"));
                    assertThat(r.townName()).isEqualTo(regions.nameOf("522730100000"));
                });
                cursor = p.nextCursor();
            } while (cursor != null);
            assertThat(walked).as(sort.name()).isEqualTo(everything);
        }

        // Past the last row (born after 9999): no rows, and still the count.
        String afterEveryone = KeysetCursor.format(LocalDate.of(9999, 12, 31), 1L);
        PersonPage<ChildRow> past = listQuery.page(new ChildFilter("522730100202", null, null, null, null, null, null,
                null, null, null, null, null, ListSort.BIRTH, afterEveryone, null), LONGSHAN, LocalDate.now(), 3);
        assertThat(past.rows()).isEmpty();
        assertThat(past.count()).isEqualTo(first.count());
        assertThat(past.nextCursor()).isNull();
    }

    private List<Long> ids(ChildFilter filter) {
        return children.list(filter, LONGSHAN).rows().stream().map(ChildRow::id).toList();
    }

    private static ChildFilter filterQ(String q) {
        return new ChildFilter(null, null, null, null, null, null, null, null, null, null, null, q, null, null, null);
    }

    private int deniedFor(long id) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' "
                + "and object_type = 'child' and object_id = ?", Integer.class, String.valueOf(id));
    }
}
