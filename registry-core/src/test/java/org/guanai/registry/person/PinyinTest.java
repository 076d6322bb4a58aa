package org.guanai.registry.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name's search keys: its full pinyin and its initials, lower case, without tones; ASCII kept, the rest dropped. */
class PinyinTest {

    @Test
    void aChineseNameGivesItsFullPinyinAndItsInitials() {
        assertThat(Pinyin.of("张浩宇")).isEqualTo(new Pinyin.Keys("zhanghaoyu", "zhy"));
        assertThat(Pinyin.of("吕绿")).isEqualTo(new Pinyin.Keys("lvlv", "ll")); // ü written as v, as typed on a keyboard
    }

    @Test
    void lettersAndDigitsStayOtherSignsGo() {
        assertThat(Pinyin.of("王A2·丽")).isEqualTo(new Pinyin.Keys("wanga2li", "wa2l"));
        assertThat(Pinyin.of(null)).isEqualTo(new Pinyin.Keys("", ""));
        assertThat(Pinyin.of("　")).isEqualTo(new Pinyin.Keys("", ""));
    }

    @Test
    void onlyAsciiLettersAreAPinyinQuery() {
        assertThat(Pinyin.isPinyinQuery("zhangs")).isTrue();
        assertThat(Pinyin.isPinyinQuery("ZS")).isTrue();
        assertThat(Pinyin.isPinyinQuery("张s")).isFalse();
        assertThat(Pinyin.isPinyinQuery("zs1")).isFalse();
        assertThat(Pinyin.isPinyinQuery("")).isFalse();
        assertThat(Pinyin.isPinyinQuery(null)).isFalse();
    }
}
