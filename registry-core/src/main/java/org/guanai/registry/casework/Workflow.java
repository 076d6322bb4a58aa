package org.guanai.registry.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The state machine of one case type: its states in order, where it starts, which states end it, its steps. */
public final class Workflow {

    private final CaseType type;
    private final List<String> states;
    private final String initial;
    private final Set<String> closed;
    private final Map<String, Step> steps;

    private Workflow(CaseType type, List<String> states, String initial, Set<String> closed, Map<String, Step> steps) {
        this.type = type;
        this.states = List.copyOf(states);
        this.initial = initial;
        this.closed = Set.copyOf(closed);
        this.steps = steps;
    }

    static Builder of(CaseType type, String... states) {
        return new Builder(type, List.of(states));
    }

    public CaseType type() {
        return type;
    }

    public List<String> states() {
        return states;
    }

    public String initial() {
        return initial;
    }

    public boolean isClosed(String state) {
        return closed.contains(state);
    }

    public List<Step> steps() {
        return List.copyOf(steps.values());
    }

    public Optional<Step> step(String code) {
        return Optional.ofNullable(steps.get(code));
    }

    /** The steps that may be taken in {@code state} by one of {@code parties}. */
    public List<Step> stepsFrom(String state, Set<Party> parties) {
        return steps.values().stream().filter(s -> s.from().contains(state))
                .filter(s -> s.parties().stream().anyMatch(parties::contains)).toList();
    }

    /** The states in which {@code party} has something to do: what its inbox shows. */
    public List<String> statesWaitingOn(Party party) {
        return states.stream().filter(st -> !isClosed(st))
                .filter(st -> steps.values().stream().anyMatch(s -> s.from().contains(st) && s.expectedParty() == party
                        && !s.repeatable()))
                .toList();
    }

    static final class Builder {
        private final CaseType type;
        private final List<String> states;
        private String initial;
        private final List<String> closed = new ArrayList<>();
        private final Map<String, Step> steps = new LinkedHashMap<>();

        private Builder(CaseType type, List<String> states) {
            this.type = type;
            this.states = states;
            this.initial = states.get(0);
        }

        Builder closedIn(String... states) {
            closed.addAll(List.of(states));
            return this;
        }

        Builder step(String code, Set<String> from, List<Party> parties, String to, Step.Effect effect,
                Step.Input... inputs) {
            return step(code, from, parties, values -> to, effect, inputs);
        }

        Builder step(String code, Set<String> from, List<Party> parties, Function<Map<String, String>, String> to,
                Step.Effect effect, Step.Input... inputs) {
            for (String s : from) {
                if (!states.contains(s)) {
                    throw new IllegalArgumentException(type + "." + code + ": unknown state " + s);
                }
            }
            steps.put(code, new Step(code, Set.copyOf(from), List.copyOf(parties), List.of(inputs), to, effect));
            return this;
        }

        Workflow build() {
            for (Step s : steps.values()) {
                String to = s.target().apply(Map.of());
                if (to != null && !states.contains(to)) {
                    throw new IllegalArgumentException(type + "." + s.code() + ": unknown target " + to);
                }
            }
            return new Workflow(type, states, initial, Set.copyOf(closed), steps);
        }
    }
}
