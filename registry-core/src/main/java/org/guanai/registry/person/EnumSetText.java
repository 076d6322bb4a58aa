package org.guanai.registry.person;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Multi-select values stored as comma-separated enum names, in declaration order. */
public final class EnumSetText {

    private EnumSetText() {
    }

    public static <E extends Enum<E>> String format(Set<E> values) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> EnumSet<E> parse(String text, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(s -> set.add(Enum.valueOf(type, s)));
        }
        return set;
    }
}
