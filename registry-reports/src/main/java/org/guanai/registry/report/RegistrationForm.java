package org.guanai.registry.report;

import java.util.List;
import java.util.function.Function;

/**
 * A registration form (attachment 5 or 7) declared in one place: a vertical form, section labels in the left
 * column, each line a few label–value pairs. The writer prints one form per person, one page each.
 */
public record RegistrationForm<D>(String title, String sheetName, List<Section<D>> sections, List<String> notes) {

    /** A section of the form (个人基本情况 …) and its lines. */
    public record Section<D>(String label, List<List<Field<D>>> lines) {
    }

    /** One label and how a person prints in it. */
    public record Field<D>(String label, Function<D, String> value) {
    }

    /** The widest line: how many label–value pairs the form's columns must hold. */
    public int pairs() {
        return sections.stream().flatMap(s -> s.lines().stream()).mapToInt(List::size).max().orElse(1);
    }
}
