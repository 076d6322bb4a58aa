package org.guanai.registry.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One allowed transition of a workflow: from which states, by which parties, recording which fields,
 * to which state ({@code target} may depend on a recorded value, e.g. an assessment's result), with
 * which consequence outside the case. The first party is the one expected to act (whose inbox shows the
 * case); the others may act too. Labels: {@code case.step.<code>}.
 */
public record Step(String code, Set<String> from, List<Party> parties, List<Input> inputs,
        Function<Map<String, String>, String> target, Effect effect) {

    /** A field of the step's form; {@code required} ones must be filled. */
    public record Input(CaseField field, boolean required) {
    }

    /** What a step changes beyond its case; {@link CaseEffects} carries it out in the same transaction. */
    public enum Effect {
        NONE,
        /** A guardianship order to delegate opens the delegation case. */
        OPEN_DELEGATION,
        /** The child's guardian fields become the delegate's. */
        DELEGATION_ACTIVE,
        /** The child's delegate is cleared; a returned parent becomes the guardian. */
        DELEGATION_ENDED,
        /** A report's child placed in temporary care opens that case. */
        OPEN_TEMPORARY_CARE,
        /** The child's schooling becomes the one returned to. */
        BACK_TO_SCHOOL,
        /** The child's schooling becomes vocational education. */
        VOCATIONAL_SCHOOL,
        /** The child gets the registered ID number and hukou. */
        HUKOU_REGISTERED,
        /** The departments named by the step see the case from now on and may grant measures. */
        REFER,
        /** An application to revoke guardianship refers the case to the court and the procuratorate as well. */
        REFER_TO_JUDICIARY,
        /** The procuratorate is asked to supervise (it sees the case from now on). */
        REFER_TO_PROCURATORATE,
        /** 县司法局 is asked for legal aid (it sees the case from now on). */
        REFER_TO_JUSTICE,
        /** A report accepted in time: the handling now has the route's time limit, from now. */
        RESTART_CLOCK
    }

    /** True when the step leaves the case in its state (a repeated action: a persuasion, an intervention). */
    public Party expectedParty() {
        return parties.get(0);
    }

    public boolean repeatable() {
        return target.apply(Map.of()) == null;
    }

    public String targetFor(String currentState, Map<String, String> values) {
        String to = target.apply(values);
        return to == null ? currentState : to;
    }

    public boolean requires(CaseField field) {
        return inputs.stream().anyMatch(i -> i.field() == field && i.required());
    }
}
