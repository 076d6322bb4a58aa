package org.guanai.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeCharacterTypedInASearchAreLiteral() {
        assertThat(LikePatterns.startingWith("wang")).isEqualTo("wang%");
        assertThat(LikePatterns.containing("王")).isEqualTo("%王%");
        assertThat(LikePatterns.containing("5%_\\")).isEqualTo("%5\\%\\_\\\\%");
    }
}
