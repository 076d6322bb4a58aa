package org.guanai.registry.roster;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Chinese words of stored values as the forms print them, from the one labels bundle the pages use
 * ({@code value.*} in labels_zh_CN.properties). Forms are always Chinese, whatever the user's locale.
 */
@Component
public class FormLabels {

    private final MessageSource messages;

    public FormLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Enum<?> value) {
        return value == null ? null : word("value." + value.name());
    }

    public String yesNo(boolean value) {
        return word("value." + value);
    }

    public String joined(Collection<? extends Enum<?>> values) {
        return values.stream().map(this::of).collect(Collectors.joining("、"));
    }

    /** Label → value, in declaration order, for reading cells and offering drop-down lists. */
    public <E extends Enum<E>> Map<String, E> byLabel(Class<E> type) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            map.put(of(e), e);
        }
        return map;
    }

    public <E extends Enum<E>> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(this::of).toList();
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
