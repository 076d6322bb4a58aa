package org.guanai.registry.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels for stored values in the history ({@code ${@labels.values(x)}}): enum names and booleans
 * become their Chinese words ({@code value.*}), lists are split on commas, other text stays as it is; and the words of
 * one value and the day for the view models that word their values before the template ({@link #of}, {@link #day}).
 */
@Component("labels")
public class ValueLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MessageSource messages;

    ValueLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** A stored value's words ({@code value.NAME}); empty for none. */
    public String of(Enum<?> value) {
        return value == null ? "" : messages.getMessage("value." + value.name(), null, value.name(),
                LocaleContextHolder.getLocale());
    }

    /** A day as every page shows it, yyyy-MM-dd; empty for none. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A message of the pages by its code, for values a view model words before the template. */
    public String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }

    public String values(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "—";
        }
        return Arrays.stream(raw.split(",")).map(this::one).collect(Collectors.joining("、"));
    }

    private String one(String part) {
        return Arrays.stream(part.trim().split(" ")).map(this::word).collect(Collectors.joining(" "));
    }

    private String word(String w) {
        if (!w.matches("[A-Z][A-Z0-9_]*|true|false")) {
            return w;
        }
        return messages.getMessage("value." + w, null, w, LocaleContextHolder.getLocale());
    }
}
