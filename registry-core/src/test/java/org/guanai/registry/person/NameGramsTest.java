package org.guanai.registry.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameGramsTest {

    @Test
    void oneCharacterIsItsOwnGramAndMoreArePairs() {
        assertThat(NameGrams.of("王")).isEqualTo("王");
        assertThat(NameGrams.of("王小明")).isEqualTo("王小,小明");
        assertThat(NameGrams.of("王,小")).isEqualTo("王小");
    }

    @Test
    void oneCharacterUsesTheGramIndexOnlyAboveACounty() {
        assertThat(NameGrams.lookedUpInIndex("王", "52")).isTrue();
        assertThat(NameGrams.lookedUpInIndex("王", "5227")).isTrue();
        assertThat(NameGrams.lookedUpInIndex("王", "522730")).isFalse();
        assertThat(NameGrams.lookedUpInIndex(" 王 ", "522730101")).isFalse();
        assertThat(NameGrams.lookedUpInIndex("王小", "522730101")).isTrue();
        assertThat(NameGrams.lookedUpInIndex("王小", "52")).isTrue();
    }
}
