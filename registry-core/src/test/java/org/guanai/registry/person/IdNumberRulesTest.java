package org.guanai.registry.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.elder.ElderDetails;
import org.junit.jupiter.api.Test;

/** A person's identity checked as the form and the import check it, in the user's terms. */
class IdNumberRulesTest {

    /** 11010519491231002X: the standard's own example (a woman born 1949-12-31). */
    static final String VALID = "11010519491231002X";

    @Test
    void aSearchTextIsANumberOnlyWith15Or18Characters() {
        assertThat(IdNumberRules.looksLikeIdNumber(VALID)).isTrue();
        assertThat(IdNumberRules.looksLikeIdNumber("110105491231002")).isTrue();
        assertThat(IdNumberRules.looksLikeIdNumber("1101051949123100")).isFalse();
        assertThat(IdNumberRules.looksLikeIdNumber("王小明")).isFalse();
        assertThat(IdNumberRules.looksLikeIdNumber(null)).isFalse();
    }

    @Test
    void aBlankNumberIsNoProblemAWrongOneNamesTheCheckDigit() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(IdNumberRules.check("idNumber", "  ", problems)).isNull();
        assertThat(problems).isEmpty();
        assertThat(IdNumberRules.check("idNumber", "110105194912310021", problems)).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("id.CHECK_DIGIT");
            assertThat(p.args()).containsExactly("X");
        });
        assertThat(IdNumberRules.check("idNumber", "11010519491231002x", new ArrayList<>()).value()).isEqualTo(VALID);
    }

    @Test
    void birthDateAndSexComeFromTheNumberOrMustAgreeWithIt() {
        ElderDetails filled = identity(VALID, null, null);
        List<FieldProblem> problems = new ArrayList<>();
        IdNumberRules.checkIdentity(filled, problems);
        assertThat(problems).isEmpty();
        assertThat(filled.getBirthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(filled.getSex()).isEqualTo(Sex.FEMALE);

        ElderDetails contradicting = identity(VALID, LocalDate.of(1950, 1, 1), Sex.MALE);
        List<FieldProblem> wrong = new ArrayList<>();
        IdNumberRules.checkIdentity(contradicting, wrong);
        assertThat(wrong).extracting(FieldProblem::messageKey)
                .containsExactly("person.error.birthDateContradictsId", "person.error.sexContradictsId");

        List<FieldProblem> missing = new ArrayList<>();
        IdNumberRules.checkIdentity(identity(null, null, null), missing);
        assertThat(missing).extracting(FieldProblem::field).containsExactly("sex", "birthDate");
    }

    private static ElderDetails identity(String idNumber, LocalDate birth, Sex sex) {
        ElderDetails d = new ElderDetails();
        d.setName("杨奶奶");
        d.setVillageCode("522730100201");
        d.setIdNumber(idNumber);
        d.setBirthDate(birth);
        d.setSex(sex);
        return d;
    }
}
