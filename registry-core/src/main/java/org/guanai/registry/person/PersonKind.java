package org.guanai.registry.person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a {@link PersonRegistry} needs to know of a kind of person besides its rules: how a record is made from
 * validated details, the history's view of the facts ({@code facts(details, masked)}: field → text, numbers masked
 * when asked) and the values missing though nothing recorded is wrong (资料待补充).
 */
public record PersonKind<P extends PersonRecord<D>, D extends PersonDetails>(PersonType type,
        BiFunction<D, Instant, P> newRecord, BiFunction<D, Boolean, Map<String, String>> facts,
        Function<D, List<FieldProblem>> gaps) {

    /** The history's view of the facts: numbers masked. */
    Map<String, String> snapshot(D details) {
        return facts.apply(details, true);
    }

    /**
     * The fields that changed, decided on the full values (a phone number changed in its middle digits is a change)
     * and shown masked, as the history shows them.
     */
    List<FieldChange> changes(D before, D after) {
        return HistoryService.changes(facts.apply(before, false), facts.apply(after, false), snapshot(before),
                snapshot(after));
    }
}
