package org.guanai.registry.casework;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.guanai.registry.person.Masks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words for what cases record ({@code ${@cases.value(key, raw)}}): choices by their labels, yes/no as 是/否,
 * numbers and phones masked as everywhere else on screen; and the history line of a case event.
 */
@Component("cases")
public class CaseLabels {

    private final MessageSource messages;

    CaseLabels(MessageSource messages) {
        this.messages = messages;
    }

    public CaseField field(String key) {
        return CaseField.byKey(key);
    }

    public String value(String key, String raw) {
        CaseField field = CaseField.byKey(key);
        if (raw == null || raw.isEmpty() || field == null) {
            return raw == null ? "" : raw;
        }
        return switch (field.kind()) {
            case OPTION, OPTIONS -> Arrays.stream(raw.split(",")).map(v -> option(field, v))
                    .collect(Collectors.joining("、"));
            case YES_NO -> msg("value." + raw);
            case ID_NUMBER -> Masks.idNumber(raw);
            case PHONE -> Masks.phone(raw);
            case MONEY -> raw + " 元";
            case ELDER -> msg("case.elder.record") + " #" + raw;
            default -> raw;
        };
    }

    public String option(CaseField field, String option) {
        return msg("case.option." + field.key() + "." + option);
    }

    public String state(CaseType type, String state) {
        return msg("case.state." + type + "." + state);
    }

    /** {@code CASE <TYPE> <id> <step>} (see CaseLedger) as words: 控辍保学 #12：核实. */
    public String historyLine(String summary) {
        String[] parts = summary == null ? new String[0] : summary.split(" ");
        if (parts.length != 4 || !"CASE".equals(parts[0])) {
            return summary;
        }
        return msg("case.type." + parts[1]) + " #" + parts[2] + "：" + msg("case.step." + parts[3]);
    }

    public boolean isCaseSummary(String summary) {
        return summary != null && summary.startsWith("CASE ");
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
