package org.guanai.registry.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.child.DelegateCandidates;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.jurisdiction.ReadOnlyException;
import org.guanai.registry.person.ChangeAction;
import org.guanai.registry.person.ExitReason;
import org.guanai.registry.person.InvalidPersonException;
import org.guanai.registry.person.ListSort;
import org.guanai.registry.person.PersonPage;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.RecordChange;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ChildFixtures;
import org.guanai.registry.testsupport.ElderFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ElderServiceTest {

    static final Jurisdiction LONGSHAN = Jurisdiction.region(RegionCode.of("522730100000"));
    static final Jurisdiction GUJIAO = Jurisdiction.region(RegionCode.of("522730101000"));

    @Autowired
    ElderService elders;
    @Autowired
    ChildService children;
    @Autowired
    ElderListQuery listQuery;

    private static String name() {
        return "老" + UUID.randomUUID().toString().substring(0, 5);
    }

    @Test
    void registerKeepsChildrenAwayAndHistoryAndTheTownSeesOnlyItsOwn() {
        Elder elder = elders.register(ElderFixtures.elder(name(), "522730100204"), false, LONGSHAN);
        Elder loaded = elders.get(elder.getId(), LONGSHAN);
        assertThat(loaded.getDetails().getChildrenAway()).extracting(ChildAway::getWorkPlace).containsExactly("浙江省宁波市");
        assertThatThrownBy(() -> elders.get(elder.getId(), GUJIAO)).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> elders.register(ElderFixtures.elder(name(), "522730100204"), false,
                LONGSHAN.readOnly())).isInstanceOf(ReadOnlyException.class);

        ElderDetails edit = loaded.getDetails();
        edit.setSelfCare(SelfCare.PARTIAL);
        edit.setChildrenAway(List.of());
        elders.update(elder.getId(), loaded.getVersion(), edit, LONGSHAN);
        List<RecordChange> history = elders.history(elder.getId(), LONGSHAN).changes();
        assertThat(history).extracting(RecordChange::getAction).containsExactly(ChangeAction.UPDATED, ChangeAction.CREATED);
        assertThat(history.get(0).getFields()).extracting(f -> f.getField()).containsExactly("selfCare", "childrenAway[0]");
        assertThat(elders.get(elder.getId(), LONGSHAN).getDetails().getChildrenAway()).isEmpty();
    }

    @Test
    void anElderIsSixtyOrOlderAndBlankChildAwayRowsAreDropped() {
        ElderDetails young = ElderFixtures.elder(name(), "522730100204");
        young.setIdNumber(null);
        young.setBirthDate(LocalDate.now().minusYears(59));
        young.getChildrenAway().add(new ChildAway("", " ", null));
        assertThatThrownBy(() -> elders.register(young, false, LONGSHAN)).isInstanceOfSatisfying(
                InvalidPersonException.class, e -> assertThat(e.problems()).extracting(p -> p.messageKey())
                        .containsExactly("elder.error.under60"));
    }

    @Test
    void oneIdentityNumberIsOnePersonAcrossChildrenAndElders() {
        var child = children.register(ChildFixtures.child("童" + name(), "522730101201"), true, GUJIAO);
        ElderDetails elder = ElderFixtures.elder(name(), "522730100204");
        elder.setIdNumber(child.getDetails().getIdNumber());
        elder.setBirthDate(null);
        elder.setSex(null);
        assertThatThrownBy(() -> elders.register(elder, true, LONGSHAN)).isInstanceOfSatisfying(
                InvalidPersonException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.messageKey()).isEqualTo("person.error.idTakenElsewhere");
                    assertThat(p.args()).isEmpty();
                }));
    }

    @Test
    void searchExitAndRestore() {
        String name = name();
        Elder elder = elders.register(ElderFixtures.elder(name, "522730100205"), false, LONGSHAN);
        // The fragment starts with a Chinese character: two hex digits alone would be read as an ID or pinyin search.
        assertThat(ids(name.substring(0, 3))).contains(elder.getId());
        elders.exit(elder.getId(), ExitReason.DECEASED, null, null, LONGSHAN);
        assertThat(ids(name)).isEmpty();
        assertThat(elders.get(elder.getId(), LONGSHAN).getStatus()).isEqualTo(PersonStatus.EXITED);
        elders.restore(elder.getId(), LONGSHAN);
        assertThat(ids(name)).containsExactly(elder.getId());
    }

    /** One character is compared name by name in a county or town, and looked up in the gram index above. */
    @Test
    void oneCharacterOfANameIsFoundInATownACountyAndTheProvince() {
        Elder elder = elders.register(ElderFixtures.elder("淼" + name(), "522730100205"), false, LONGSHAN);
        ElderFilter byCharacter = new ElderFilter(null, null, null, null, null, null, "淼", null, null, null);
        for (String scope : List.of("522730100000", "522730000000", "520000000000")) {
            List<ElderRow> rows = elders.list(byCharacter, Jurisdiction.region(RegionCode.of(scope))).rows();
            assertThat(rows).extracting(ElderRow::id).contains(elder.getId());
            assertThat(rows).allSatisfy(r -> assertThat(r.name()).contains("淼"));
        }
        assertThat(elders.list(byCharacter, GUJIAO).rows()).extracting(ElderRow::id).doesNotContain(elder.getId());
    }

    @Test
    void anElderOfTheRegistryBecomesAChildsDelegateWithoutBeingTypedAgain() {
        Elder grandma = elders.register(ElderFixtures.elder(name(), "522730100206"), true, LONGSHAN);
        var details = ChildFixtures.child("童" + name(), "522730100206");
        details.setDelegated(true);
        details.getDelegate().setElderId(grandma.getId());
        details.getDelegate().setRelation("祖母");
        var child = children.register(details, true, LONGSHAN);
        var delegate = children.get(child.getId(), LONGSHAN).getDetails().getDelegate();
        assertThat(delegate.getName()).isEqualTo(grandma.getName());
        assertThat(delegate.getIdNumber()).isEqualTo(grandma.getDetails().getIdNumber());
        assertThat(delegate.getRelation()).isEqualTo("祖母");

        // An elder of another town cannot be chosen.
        Elder elsewhere = elders.register(ElderFixtures.elder(name(), "522730101202"), true, GUJIAO);
        var other = ChildFixtures.child("童" + name(), "522730100206");
        other.setDelegated(true);
        other.getDelegate().setElderId(elsewhere.getId());
        assertThatThrownBy(() -> children.register(other, true, LONGSHAN)).isInstanceOfSatisfying(
                InvalidPersonException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .contains("delegate.elderId"));
    }

    /**
     * A child's form and a delegation's proposal find the delegate by search: the elders' list's matching, active
     * elders of the user's jurisdiction only, and nothing for a blank search or a user who changes no records. The
     * elder on record is shown whatever has happened since, so a form sent back keeps them.
     */
    @Test
    void aDelegateIsFoundBySearchInTheJurisdictionAndTheOneOnRecordIsKept() {
        String name = name();
        Elder grandma = elders.register(ElderFixtures.elder(name, "522730100206"), true, LONGSHAN);
        Elder namesake = elders.register(ElderFixtures.elder(name + "甲", "522730100206"), true, LONGSHAN);
        Elder elsewhere = elders.register(ElderFixtures.elder(name + "乙", "522730101202"), true, GUJIAO);
        Jurisdiction county = Jurisdiction.region(RegionCode.of("522730000000"));

        assertThat(elders.delegateChoices(name, LONGSHAN)).extracting(DelegateCandidates.Choice::id)
                .containsExactlyInAnyOrder(grandma.getId(), namesake.getId());
        assertThat(elders.delegateChoices(name, county)).extracting(DelegateCandidates.Choice::id)
                .containsExactlyInAnyOrder(grandma.getId(), namesake.getId(), elsewhere.getId());
        String idNumber = grandma.getDetails().getIdNumber();
        assertThat(elders.delegateChoices(idNumber, LONGSHAN)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(grandma.getId());
            assertThat(c.maskedIdNumber()).contains("********").isNotEqualTo(idNumber);
            assertThat(c.villageName()).isNotBlank();
        });
        assertThat(elders.delegateChoices(" ", LONGSHAN)).isEmpty();
        assertThat(elders.delegateChoices(name, LONGSHAN.readOnly())).isEmpty();

        elders.exit(namesake.getId(), ExitReason.DECEASED, null, null, LONGSHAN);
        assertThat(elders.delegateChoices(name, LONGSHAN)).extracting(DelegateCandidates.Choice::id)
                .containsExactly(grandma.getId());
        assertThat(elders.chosenDelegate(namesake.getId(), LONGSHAN)).map(DelegateCandidates.Choice::name)
                .contains(namesake.getName());
        assertThat(elders.chosenDelegate(elsewhere.getId(), LONGSHAN)).isEmpty();
    }

    @Test
    void keysetPagesCoverEveryElderOnceInEitherOrder() {
        String village = "522730100207";
        for (int i = 0; i < 7; i++) {
            elders.register(ElderFixtures.elder(name(), village), true, LONGSHAN);
        }
        for (ListSort sort : ListSort.values()) {
            List<Long> everything = listQuery.page(new ElderFilter(village, null, null, null, null, null, null, sort,
                    null, null), LONGSHAN, LocalDate.now(), 1000).rows().stream().map(ElderRow::id).toList();
            assertThat(everything).hasSizeGreaterThanOrEqualTo(7);
            List<Long> walked = new ArrayList<>();
            String cursor = null;
            do {
                PersonPage<ElderRow> page = listQuery.page(new ElderFilter(village, null, null, null, null, null, null, sort,
                        cursor, null), LONGSHAN, LocalDate.now(), 3);
                assertThat(page.rows()).hasSizeLessThanOrEqualTo(3);
                page.rows().forEach(r -> walked.add(r.id()));
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(walked).as(sort.name()).containsExactlyElementsOf(everything);
            // A damaged cursor starts again at the first page.
            for (String damaged : List.of("x", "王~x", "12")) {
                assertThat(listQuery.page(new ElderFilter(village, null, null, null, null, null, null, sort,
                        damaged, null), LONGSHAN, LocalDate.now(), 3).rows()).extracting(ElderRow::id)
                        .as(sort + " " + damaged).containsExactlyElementsOf(everything.subList(0, 3));
            }
        }
    }

    private List<Long> ids(String q) {
        return elders.list(new ElderFilter(null, null, null, null, null, null, q, null, null, null), LONGSHAN).rows().stream()
                .map(ElderRow::id).toList();
    }
}
