package org.guanai.registry.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.IdNumberRules;
import org.guanai.registry.person.ResidentIdNumber;

/** Checks and normalises the values a step records, by each field's kind and the step's own rules. */
final class CaseInputs {

    static final int NOTE_MAX = 2000;

    private CaseInputs() {
    }

    /** The step's values, trimmed and normalised; problems are added for each field that breaks a rule. */
    static Map<String, String> check(Step step, Map<String, String> raw, String note, List<FieldProblem> problems) {
        Map<String, String> values = new HashMap<>();
        for (Step.Input input : step.inputs()) {
            CaseField field = input.field();
            String value = raw.get(field.key());
            value = value == null ? "" : value.strip();
            if (value.isEmpty()) {
                if (input.required()) {
                    problems.add(new FieldProblem(field.key(), "case.error.required"));
                }
                continue;
            }
            String normalised = normalise(field, value, problems);
            if (normalised != null) {
                values.put(field.key(), normalised);
            }
        }
        if (note != null && note.length() > NOTE_MAX) {
            problems.add(new FieldProblem("note", "case.error.tooLong", NOTE_MAX));
        }
        stepRules(values, problems);
        return values;
    }

    private static String normalise(CaseField field, String value, List<FieldProblem> problems) {
        String key = field.key();
        switch (field.kind()) {
            case TEXT -> {
                return limit(key, value, 100, problems);
            }
            case LONG_TEXT -> {
                return limit(key, value, NOTE_MAX, problems);
            }
            case DATE -> {
                try {
                    return LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem(key, "case.error.date"));
                    return null;
                }
            }
            case OPTION, YES_NO -> {
                if (!field.options().contains(value)) {
                    problems.add(new FieldProblem(key, "case.error.option"));
                    return null;
                }
                return value;
            }
            case OPTIONS -> {
                List<String> chosen = new ArrayList<>();
                for (String part : value.split(",")) {
                    String p = part.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    if (!field.options().contains(p)) {
                        problems.add(new FieldProblem(key, "case.error.option"));
                        return null;
                    }
                    if (!chosen.contains(p)) {
                        chosen.add(p);
                    }
                }
                if (chosen.isEmpty()) {
                    problems.add(new FieldProblem(key, "case.error.required"));
                    return null;
                }
                return String.join(",", chosen);
            }
            case NUMBER -> {
                if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > 150) {
                    problems.add(new FieldProblem(key, "case.error.number"));
                    return null;
                }
                return String.valueOf(Integer.parseInt(value));
            }
            case MONEY -> {
                try {
                    BigDecimal amount = new BigDecimal(value);
                    if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("10000000")) > 0) {
                        problems.add(new FieldProblem(key, "case.error.money"));
                        return null;
                    }
                    return amount.toPlainString();
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(key, "case.error.money"));
                    return null;
                }
            }
            case ELDER -> {
                if (!value.matches("\\d{1,18}")) {
                    problems.add(new FieldProblem(key, "case.error.option"));
                    return null;
                }
                return value;
            }
            case ID_NUMBER -> {
                ResidentIdNumber id = IdNumberRules.check(key, value, problems);
                return id == null ? null : id.value();
            }
            case PHONE -> {
                String digits = value.replaceAll("[\\s-]", "");
                if (!digits.matches("\\d{7,15}")) {
                    problems.add(new FieldProblem(key, "case.error.phone"));
                    return null;
                }
                return digits;
            }
            default -> throw new IllegalStateException(field.kind().name());
        }
    }

    /** Rules across a step's fields, from the Longli plan. */
    private static void stepRules(Map<String, String> values, List<FieldProblem> problems) {
        // 劝返无效的，中小学要在全国中小学生学籍信息管理系统中进行标识 (五（三）2).
        if ("false".equals(values.get(CaseField.MARKED_IN_STUDENT_SYSTEM.key()))) {
            problems.add(new FieldProblem(CaseField.MARKED_IN_STUDENT_SYSTEM.key(), "case.error.markInStudentSystem"));
        }
        // 对其中非亲生落户的儿童，公安机关应当及时采集其DNA信息 (五（四）3).
        if ("true".equals(values.get(CaseField.NON_BIOLOGICAL.key()))
                && !"true".equals(values.get(CaseField.DNA_SAMPLED.key()))) {
            problems.add(new FieldProblem(CaseField.DNA_SAMPLED.key(), "case.error.dnaRequired"));
        }
        // 另行指定监护人: a ruling that revokes guardianship names the guardian the court appoints.
        if ("GRANTED".equals(values.get(CaseField.RULING.key()))
                && values.get(CaseField.NEW_GUARDIAN_NAME.key()) == null) {
            problems.add(new FieldProblem(CaseField.NEW_GUARDIAN_NAME.key(), "case.error.newGuardianRequired"));
        }
        String from = values.get(CaseField.TERM_FROM.key());
        String to = values.get(CaseField.TERM_TO.key());
        if (from != null && to != null && LocalDate.parse(to).isBefore(LocalDate.parse(from))) {
            problems.add(new FieldProblem(CaseField.TERM_TO.key(), "case.error.termOrder"));
        }
    }

    private static String limit(String key, String value, int max, List<FieldProblem> problems) {
        if (value.length() > max) {
            problems.add(new FieldProblem(key, "case.error.tooLong", max));
            return null;
        }
        return value;
    }
}
