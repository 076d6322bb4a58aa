package org.guanai.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializingConverter;

class ClassesKeptTest {

    final UnreadableSessionAttributes.ClassesKept deserializer =
            new UnreadableSessionAttributes.ClassesKept(getClass().getClassLoader());

    @Test
    void readsWhatJavaSerializationWroteAgainAndAgain() throws IOException {
        List<Object> written = new ArrayList<>(List.of("谷脚镇", LocalDate.of(2026, 11, 24)));
        byte[] bytes = new SerializingConverter().convert(written);
        for (int i = 0; i < 3; i++) {
            assertThat(deserializer.deserialize(new ByteArrayInputStream(bytes)))
                    .isEqualTo(written);
        }
    }

    @Test
    void aClassThisVersionLacksIsAnIoError() {
        byte[] bytes = new SerializingConverter().convert(new ArrayList<>(List.of("x")));
        // The class name in the stream, changed to one that does not exist (same length keeps the stream valid).
        String stream = new String(bytes, StandardCharsets.ISO_8859_1)
                .replace("java.util.ArrayList", "java.util.ArrayLizt");
        byte[] changed = stream.getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> deserializer.deserialize(new ByteArrayInputStream(changed)))
                .isInstanceOf(IOException.class).hasCauseInstanceOf(ClassNotFoundException.class);
    }
}
