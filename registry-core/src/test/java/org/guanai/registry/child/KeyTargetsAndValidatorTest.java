package org.guanai.registry.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.guanai.registry.child.KeyTargets.Flag;
import org.guanai.registry.person.Assistance;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.Sex;
import org.guanai.registry.testsupport.ChildFixtures;
import org.junit.jupiter.api.Test;

class KeyTargetsAndValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String VILLAGE = "522730100201";

    private static ChildDetails child() {
        return ChildFixtures.child("王小花", VILLAGE);
    }

    @Test
    void anOrdinaryLeftBehindChildIsNoKeyTarget() {
        assertThat(KeyTargets.of(child()).flags()).isEmpty();
        assertThat(KeyTargets.bothParentsAway(child())).isTrue();
    }

    @Test
    void eachFactGivesItsFlag() {
        ChildDetails d = child();
        d.setGuardianKind(GuardianKind.NONE);
        assertThat(KeyTargets.of(d).flags()).containsExactly(Flag.UNATTENDED);

        d = child();
        d.getMother().setStatus(ParentStatus.INCAPABLE);
        assertThat(KeyTargets.of(d).flags()).containsExactly(Flag.ONE_AWAY_OTHER_INCAPABLE);

        d = child();
        d.setSchooling(Schooling.DROPPED_OUT);
        assertThat(KeyTargets.of(d).flags()).containsExactly(Flag.OUT_OF_SCHOOL);

        d = child();
        d.setHasHukou(false);
        assertThat(KeyTargets.of(d).flags()).containsExactly(Flag.NO_HUKOU);

        d = child();
        d.setAssistance(EnumSet.of(Assistance.MINIMUM_LIVING));
        assertThat(KeyTargets.of(d).flags()).containsExactly(Flag.HARDSHIP);
        d.setAssistance(EnumSet.of(Assistance.MEDICAL_RELIEF));
        assertThat(KeyTargets.of(d).flags()).isEmpty();

        d = child();
        d.setHealth(Health.ILL);
        assertThat(KeyTargets.of(d).flags()).containsExactly(Flag.SERIOUS_ILLNESS);
        d.setHealth(Health.DISABLED);
        assertThat(KeyTargets.of(d).flags()).containsExactly(Flag.DISABLED);
    }

    /** 留守 as the plan defines it, whatever was ticked: the parents, the registration, and a reason when neither. */
    @Test
    void leftBehindIsDerivedFromTheParentsAndTheRuralRegistration() {
        ChildDetails d = ChildFixtures.child("王小明", "522730100201");
        d.setLeftBehind(false);
        assertThat(ChildValidator.validate(d, TODAY)).isEmpty();
        assertThat(d.isLeftBehind()).isTrue(); // both parents away

        ChildDetails home = ChildFixtures.child("李小红", "522730100201");
        home.setLeftBehind(true); // a tick says nothing
        home.getMother().setStatus(ParentStatus.AT_HOME);
        home.getMother().setWorkPlace(null);
        assertThat(ChildValidator.validate(home, TODAY)).extracting(FieldProblem::messageKey)
                .containsExactly("child.error.notLeftBehind");
        assertThat(home.isLeftBehind()).isFalse();

        ChildDetails oneAway = ChildFixtures.child("张小刚", "522730100201");
        oneAway.getMother().setStatus(ParentStatus.IN_PRISON);
        oneAway.getMother().setWorkPlace(null);
        assertThat(ChildValidator.validate(oneAway, TODAY)).isEmpty();
        assertThat(oneAway.isLeftBehind()).isTrue();

        ChildDetails urban = ChildFixtures.child("赵小军", "522730100201");
        urban.setHukouType(HukouType.URBAN);
        assertThat(ChildValidator.validate(urban, TODAY)).extracting(FieldProblem::messageKey)
                .containsExactly("child.error.notRural");
        urban.setInDifficulty(true);
        urban.setDifficultyCategories(EnumSet.of(DifficultyCategory.FAMILY_POVERTY));
        assertThat(ChildValidator.validate(urban, TODAY)).isEmpty(); // a 困境儿童 stays by its categories
        assertThat(urban.isLeftBehind()).isFalse();

        ChildDetails unregistered = ChildFixtures.child("孙小花", "522730100201");
        unregistered.setIdNumber(null);
        unregistered.setHasHukou(false);
        assertThat(ChildValidator.validate(unregistered, TODAY)).isEmpty();
        assertThat(unregistered.isLeftBehind()).isTrue(); // 无户籍留守儿童: judged by the parents
        assertThat(unregistered.getHukouType()).isNull();

        ChildDetails noType = ChildFixtures.child("周小燕", "522730100201");
        noType.setHukouType(null);
        assertThat(ChildValidator.validate(noType, TODAY)).extracting(FieldProblem::field).contains("hukouType");
    }

    @Test
    void aValidChildPasses() {
        assertThat(ChildValidator.validate(child(), TODAY)).isEmpty();
    }

    @Test
    void birthDateAndSexComeFromTheIdNumberAndMustAgreeWithIt() {
        ChildDetails d = child();
        String id = ChildFixtures.idNumber(LocalDate.of(2012, 2, 29), Sex.MALE);
        d.setIdNumber(id.toLowerCase());
        d.setBirthDate(null);
        d.setSex(null);
        assertThat(ChildValidator.validate(d, TODAY)).isEmpty();
        assertThat(d.getBirthDate()).isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(d.getSex()).isEqualTo(Sex.MALE);

        d.setBirthDate(LocalDate.of(2012, 3, 1));
        d.setSex(Sex.FEMALE);
        assertThat(fields(ChildValidator.validate(d, TODAY))).containsExactlyInAnyOrder("birthDate", "sex");
    }

    @Test
    void aWrongCheckDigitNamesTheRightOne() {
        ChildDetails d = child();
        String id = d.getIdNumber();
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        d.setIdNumber(id.substring(0, 17) + wrong);
        List<FieldProblem> problems = ChildValidator.validate(d, TODAY);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("idNumber");
            assertThat(p.messageKey()).isEqualTo("id.CHECK_DIGIT");
            assertThat(p.args()).containsExactly(String.valueOf(id.charAt(17)));
        });
    }

    @Test
    void aChildWithoutHukouHasNoNumberAndIsFlagged() {
        ChildDetails d = child();
        d.setHasHukou(false);
        assertThat(fields(ChildValidator.validate(d, TODAY))).containsExactly("hasHukou");
        d.setIdNumber(null);
        assertThat(ChildValidator.validate(d, TODAY)).isEmpty();
        assertThat(KeyTargets.of(d).flags()).contains(Flag.NO_HUKOU);
    }

    @Test
    void sixteenIsTheProgrammesLimit() {
        ChildDetails d = child();
        d.setHasHukou(false);
        d.setIdNumber(null);
        d.setBirthDate(TODAY.minusYears(16));
        assertThat(fields(ChildValidator.validate(d, TODAY))).containsExactly("birthDate");
        d.setBirthDate(TODAY.minusYears(16).plusDays(1));
        assertThat(ChildValidator.validate(d, TODAY)).isEmpty();
    }

    @Test
    void aParentAwayNeedsAWorkPlaceAndADelegationNeedsADelegate() {
        ChildDetails d = child();
        d.getFather().setWorkPlace("  ");
        d.setDelegated(true);
        assertThat(fields(ChildValidator.validate(d, TODAY))).containsExactlyInAnyOrder("father.workPlace",
                "delegate.name");
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
