package org.guanai.registry.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.guanai.registry.person.ResidentIdNumber.Invalid;
import org.guanai.registry.person.ResidentIdNumber.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    // 11010519491231002X is the standard's own example; the others are computed with its algorithm.
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsAValidNumberAndDerivesBirthDateAndSex() {
        ResidentIdNumber id = ResidentIdNumber.parse(STANDARD_EXAMPLE);
        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.issuingRegion()).isEqualTo("110105");

        ResidentIdNumber boy = ResidentIdNumber.parse("522730201003051" + "1" + "1" + ResidentIdNumber.checkCharacter("52273020100305111"));
        assertThat(boy.sex()).isEqualTo(Sex.MALE);
        assertThat(boy.birthDate()).isEqualTo(LocalDate.of(2010, 3, 5));
    }

    @Test
    void aWrongCheckDigitSaysWhichOneIsRight() {
        assertThatThrownBy(() -> ResidentIdNumber.parse("110105194912310021"))
                .isInstanceOfSatisfying(Invalid.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CHECK_DIGIT);
                    assertThat(e.expectedCheck()).isEqualTo('X');
                });
    }

    @Test
    void lowerCaseXFullWidthDigitsAndSpacesAreNormalised() {
        assertThat(ResidentIdNumber.parse("11010519491231002x").value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(ResidentIdNumber.parse("１１０１０５１９４９１２３１００２Ｘ").value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(ResidentIdNumber.parse(" 110105 19491231 002X\u3000").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void aFifteenDigitNumberIsUpgraded() {
        ResidentIdNumber id = ResidentIdNumber.parse("110105491231002");
        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194902300029", "110105194913010021", "110105209912310024", "110105180012310022"})
    void impossibleOrFutureBirthDatesAreRefused(String number) {
        String fixed = number.substring(0, 17) + ResidentIdNumber.checkCharacter(number.substring(0, 17));
        assertThatThrownBy(() -> ResidentIdNumber.parse(fixed))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.problem()).isEqualTo(Problem.BIRTH_DATE));
    }

    @Test
    void lengthCharactersAndEmptiness() {
        assertThat(problemOf("")).isEqualTo(Problem.EMPTY);
        assertThat(problemOf(null)).isEqualTo(Problem.EMPTY);
        assertThat(problemOf("1101051949123100")).isEqualTo(Problem.LENGTH);
        assertThat(problemOf("11010519491231002XX")).isEqualTo(Problem.LENGTH);
        assertThat(problemOf("1101051949123A002X")).isEqualTo(Problem.CHARACTERS);
        assertThat(problemOf("11010549123100X")).isEqualTo(Problem.CHARACTERS);
        // What Excel makes of a long number typed into a General cell.
        assertThat(problemOf("5.2273E+17")).isEqualTo(Problem.LENGTH);
    }

    @Test
    void masksTheBirthDate() {
        assertThat(ResidentIdNumber.parse(STANDARD_EXAMPLE).masked()).isEqualTo("110105********002X");
        assertThat(Masks.phone("13800138000")).isEqualTo("138****8000");
        assertThat(Masks.idNumber(null)).isEmpty();
    }

    private static Problem problemOf(String text) {
        try {
            ResidentIdNumber.parse(text);
            return null;
        } catch (Invalid e) {
            return e.problem();
        }
    }
}
