package org.guanai.registry.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.imports.RowCell;
import org.guanai.registry.imports.RowProblem;
import org.guanai.registry.person.Sex;
import org.guanai.registry.workbook.CellValue;
import org.junit.jupiter.api.Test;

/** One cell as clerks type it, read into a value or a problem that names the cell. */
class CellInputTest {

    final List<RowProblem> problems = new ArrayList<>();

    private CellInput cell(CellValue value) {
        return new CellInput(value, new RowCell("栏目", 3, value == null ? "" : value.display()), "花名册", 6, problems);
    }

    @Test
    void textIsMadeHalfWidthAndStrippedBlankIsNull() {
        assertThat(cell(CellValue.text("　ＡＢ１２ ")).text()).isEqualTo("AB12");
        assertThat(cell(CellValue.text("  ")).text()).isNull();
        assertThat(cell(null).isBlank()).isTrue();
        assertThat(cell(CellValue.number(13800001111d)).phone()).isEqualTo("13800001111");
    }

    @Test
    void yesAndNoInTheWaysTheyAreWritten() {
        for (String yes : List.of("是", "√", "Y", "true", "有")) {
            assertThat(cell(CellValue.text(yes)).yesNo()).as(yes).isTrue();
        }
        for (String no : List.of("否", "×", "N", "无", "")) {
            assertThat(cell(CellValue.text(no)).yesNo()).as(no).isFalse();
        }
        assertThat(cell(CellValue.bool(true)).yesNo()).isTrue();
    }

    @Test
    void datesInEveryShapeClerksUseAndImpossibleOnesRefused() {
        LocalDate day = LocalDate.of(2010, 3, 5);
        for (String text : List.of("2010-03-05", "2010/3/5", "2010.03.05", "20100305", "2010年3月5日")) {
            assertThat(cell(CellValue.text(text)).date()).as(text).isEqualTo(day);
        }
        assertThat(cell(CellValue.date(day)).date()).isEqualTo(day);
        assertThat(problems).isEmpty();
        assertThat(cell(CellValue.text("2015-02-30")).date()).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rowNumber()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(3);
        });
    }

    @Test
    void anIdNumberThatExcelTurnedIntoANumberIsRefusedNotGuessed() {
        assertThat(cell(CellValue.number(5.22731201506011e17)).idNumber()).isNull();
        assertThat(cell(CellValue.text("5.22731E+17")).idNumber()).isNull();
        assertThat(problems).extracting(RowProblem::messageKey).containsExactly("imports.cell.idAsNumber",
                "imports.cell.idAsNumber");
        assertThat(cell(CellValue.text("52273020150601123X")).idNumber()).isEqualTo("52273020150601123X");
    }

    @Test
    void optionsByTheirWordsAndListsWithAnySeparator() {
        Map<String, Sex> byLabel = Map.of("男", Sex.MALE, "女", Sex.FEMALE);
        assertThat(cell(CellValue.text("女")).option(byLabel)).isEqualTo(Sex.FEMALE);
        assertThat(cell(CellValue.text("未知")).option(byLabel)).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.messageKey()).isEqualTo("imports.cell.option"));
        assertThat(cell(CellValue.text("男、女")).options(byLabel, Sex.class)).isEqualTo(Set.of(Sex.MALE, Sex.FEMALE));
        assertThat(cell(CellValue.text("甲，乙;丙／丁\n戊")).list()).containsExactly("甲", "乙", "丙", "丁", "戊");
    }
}
