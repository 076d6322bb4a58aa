package org.guanai.registry.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The state machines: every allowed step of every case type is walked here, from the state it starts in to
 * the state it leads to, by the party it belongs to; and per type one step is shown refused.
 */
class WorkflowTest {

    /** One allowed transition: in {@code from}, {@code party} takes {@code step} (with values) and reaches {@code to}. */
    record T(CaseType type, String from, String step, Party party, Map<String, String> values, String to) {
    }

    static final List<T> ALLOWED = List.of(
            new T(CaseType.GUARDIANSHIP, "OPEN", "contactParents", Party.OWNER, Map.of(), "PARENTS_CONTACTED"),
            new T(CaseType.GUARDIANSHIP, "PARENTS_CONTACTED", "orderParents", Party.OWNER, Map.of(), "ORDERED"),
            new T(CaseType.GUARDIANSHIP, "ORDERED", "recordArrangement", Party.TOWN, Map.of(), "ARRANGED"),
            new T(CaseType.GUARDIANSHIP, "ARRANGED", "followUp", Party.TOWN, Map.of(), "CLOSED"),
            new T(CaseType.GUARDIANSHIP, "ORDERED", "intervene", Party.COUNTY, Map.of(), "ORDERED"),
            new T(CaseType.GUARDIANSHIP, "OPEN", "intervene", Party.OWNER, Map.of(), "OPEN"),
            new T(CaseType.GUARDIANSHIP, "ARRANGED", "askProcuratorate", Party.COUNTY, Map.of(), "ARRANGED"),
            new T(CaseType.GUARDIANSHIP, "ORDERED", "procuratorialAction", Party.PROCURATORATE, Map.of(), "ORDERED"),
            new T(CaseType.GUARDIANSHIP, "ARRANGED", "courtRuling", Party.COURT, Map.of(), "ARRANGED"),
            new T(CaseType.GUARDIANSHIP, "OPEN", "askLegalAid", Party.OWNER, Map.of(), "OPEN"),
            new T(CaseType.GUARDIANSHIP, "ORDERED", "legalAid", Party.JUSTICE, Map.of(), "ORDERED"),
            new T(CaseType.DELEGATION, "OPEN", "propose", Party.TOWN, Map.of(), "PROPOSED"),
            new T(CaseType.DELEGATION, "PROPOSED", "assess", Party.TOWN, Map.of("assessResult", "PASS"), "ASSESSED"),
            new T(CaseType.DELEGATION, "PROPOSED", "assess", Party.TOWN, Map.of("assessResult", "FAIL"), "OPEN"),
            new T(CaseType.DELEGATION, "ASSESSED", "sign", Party.TOWN, Map.of(), "ACTIVE"),
            new T(CaseType.DELEGATION, "ACTIVE", "end", Party.TOWN, Map.of(), "ENDED"),
            new T(CaseType.DELEGATION, "PROPOSED", "cancel", Party.COUNTY, Map.of(), "CANCELLED"),
            new T(CaseType.TEMPORARY_CARE, "OPEN", "escort", Party.OWNER, Map.of(), "ESCORTED"),
            new T(CaseType.TEMPORARY_CARE, "ESCORTED", "place", Party.COUNTY, Map.of(), "PLACED"),
            new T(CaseType.TEMPORARY_CARE, "PLACED", "reachParents", Party.OWNER, Map.of(), "PARENTS_REACHED"),
            new T(CaseType.TEMPORARY_CARE, "PARENTS_REACHED", "handBack", Party.TOWN, Map.of(), "HANDED_BACK"),
            new T(CaseType.TEMPORARY_CARE, "PLACED", "longTerm", Party.COUNTY, Map.of(), "LONG_TERM"),
            new T(CaseType.MANDATORY_REPORT, "REPORTED", "accept", Party.OWNER, Map.of(), "ACCEPTED"),
            new T(CaseType.MANDATORY_REPORT, "ACCEPTED", "placeTemporarily", Party.OWNER, Map.of(), "ACCEPTED"),
            new T(CaseType.MANDATORY_REPORT, "ACCEPTED", "handle", Party.OWNER, Map.of(), "HANDLED"),
            new T(CaseType.MANDATORY_REPORT, "HANDLED", "close", Party.OWNER, Map.of(), "CLOSED"),
            new T(CaseType.DROPOUT, "OPEN", "verify", Party.OWNER, Map.of(), "VERIFIED"),
            new T(CaseType.DROPOUT, "VERIFIED", "persuade", Party.OWNER, Map.of(), "PERSUADING"),
            new T(CaseType.DROPOUT, "PERSUADING", "persuade", Party.OWNER, Map.of(), "PERSUADING"),
            new T(CaseType.DROPOUT, "PERSUADING", "backToSchool", Party.OWNER, Map.of(), "RETURNED"),
            new T(CaseType.DROPOUT, "VERIFIED", "vocational", Party.OWNER, Map.of(), "VOCATIONAL"),
            new T(CaseType.DROPOUT, "PERSUADING", "persuasionFailed", Party.OWNER, Map.of(), "FAILED"),
            new T(CaseType.HUKOU, "OPEN", "verify", Party.OWNER, Map.of(), "VERIFIED"),
            new T(CaseType.HUKOU, "VERIFIED", "collectDocuments", Party.OWNER, Map.of(), "DOCUMENTED"),
            new T(CaseType.HUKOU, "DOCUMENTED", "register", Party.OWNER, Map.of(), "REGISTERED"),
            new T(CaseType.SAFETY_NET, "OPEN", "refer", Party.OWNER, Map.of(), "REFERRED"),
            new T(CaseType.SAFETY_NET, "REFERRED", "grant", Party.OWNER, Map.of(), "GRANTED"),
            new T(CaseType.SAFETY_NET, "GRANTED", "grant", Party.OWNER, Map.of(), "GRANTED"),
            new T(CaseType.SAFETY_NET, "GRANTED", "review", Party.COUNTY, Map.of(), "REVIEWED"),
            new T(CaseType.ELDER_ABUSE, "REPORTED", "accept", Party.OWNER, Map.of(), "ACCEPTED"),
            new T(CaseType.ELDER_ABUSE, "ACCEPTED", "handle", Party.OWNER, Map.of(), "HANDLED"),
            new T(CaseType.ELDER_ABUSE, "HANDLED", "close", Party.OWNER, Map.of(), "CLOSED"),
            new T(CaseType.ELDER_ABUSE, "ACCEPTED", "askLegalAid", Party.COUNTY, Map.of(), "ACCEPTED"),
            new T(CaseType.ELDER_ABUSE, "HANDLED", "legalAid", Party.JUSTICE, Map.of(), "HANDLED"),
            new T(CaseType.HEALTH_CHECK, "OPEN", "check", Party.OWNER, Map.of(), "CHECKED"));

    /** Per type, one step that a party may not take in a state (wrong state or wrong party). */
    static final List<T> FORBIDDEN = List.of(
            new T(CaseType.GUARDIANSHIP, "OPEN", "recordArrangement", Party.TOWN, Map.of(), null),
            new T(CaseType.DELEGATION, "PROPOSED", "sign", Party.TOWN, Map.of(), null),
            new T(CaseType.TEMPORARY_CARE, "OPEN", "escort", Party.TOWN, Map.of(), null),
            new T(CaseType.MANDATORY_REPORT, "REPORTED", "handle", Party.OWNER, Map.of(), null),
            new T(CaseType.DROPOUT, "OPEN", "backToSchool", Party.OWNER, Map.of(), null),
            new T(CaseType.HUKOU, "VERIFIED", "register", Party.OWNER, Map.of(), null),
            new T(CaseType.SAFETY_NET, "OPEN", "grant", Party.COUNTY, Map.of(), null),
            new T(CaseType.ELDER_ABUSE, "REPORTED", "accept", Party.TOWN, Map.of(), null),
            new T(CaseType.HEALTH_CHECK, "OPEN", "check", Party.COUNTY, Map.of(), null));

    @Test
    void everyAllowedStepLeadsWhereThePlanSays() {
        for (T t : ALLOWED) {
            Workflow w = t.type().workflow();
            Step step = w.step(t.step()).orElseThrow();
            assertThat(w.stepsFrom(t.from(), Set.of(t.party()))).as(t.toString()).contains(step);
            assertThat(step.targetFor(t.from(), t.values())).as(t.toString()).isEqualTo(t.to());
        }
    }

    @Test
    void theTableAboveCoversEveryStepOfEveryType() {
        Set<String> covered = new HashSet<>();
        ALLOWED.forEach(t -> covered.add(t.type() + "." + t.step()));
        Set<String> all = new HashSet<>();
        for (CaseType type : CaseType.values()) {
            type.workflow().steps().forEach(s -> all.add(type + "." + s.code()));
        }
        assertThat(covered).isEqualTo(all);
    }

    @Test
    void forbiddenStepsAreNotOffered() {
        assertThat(FORBIDDEN).extracting(T::type).containsExactlyInAnyOrder(CaseType.values());
        for (T t : FORBIDDEN) {
            Step step = t.type().workflow().step(t.step()).orElseThrow();
            assertThat(t.type().workflow().stepsFrom(t.from(), Set.of(t.party()))).as(t.toString())
                    .doesNotContain(step);
        }
    }

    @ParameterizedTest
    @EnumSource(CaseType.class)
    void everyOpenStateHasAWayOnAndEveryClosedStateIsReachable(CaseType type) {
        Workflow w = type.workflow();
        Set<String> reached = new HashSet<>(Set.of(w.initial()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Step s : w.steps()) {
                for (String from : Set.copyOf(reached)) {
                    if (s.from().contains(from)) {
                        for (String value : valuesThatSteer(s)) {
                            Map<String, String> values = new HashMap<>();
                            if (value != null) {
                                values.put(CaseField.ASSESS_RESULT.key(), value);
                            }
                            grew |= reached.add(s.targetFor(from, values));
                        }
                    }
                }
            }
        }
        assertThat(reached).as("reachable states").containsExactlyInAnyOrderElementsOf(w.states());
        for (String state : w.states()) {
            if (!w.isClosed(state)) {
                assertThat(w.stepsFrom(state, EnumSet.allOf(Party.class))).as(type + " " + state)
                        .anyMatch(s -> !s.repeatable());
            }
        }
    }

    @Test
    void inboxesWaitOnTheExpectedParty() {
        assertThat(CaseType.DROPOUT.workflow().statesWaitingOn(Party.OWNER))
                .containsExactly("OPEN", "VERIFIED", "PERSUADING");
        assertThat(CaseType.GUARDIANSHIP.workflow().statesWaitingOn(Party.TOWN)).containsExactly("ORDERED", "ARRANGED");
        assertThat(CaseType.DELEGATION.workflow().statesWaitingOn(Party.COUNTY)).isEmpty();
    }

    private static List<String> valuesThatSteer(Step s) {
        return s.requires(CaseField.ASSESS_RESULT) ? List.of("PASS", "FAIL") : Arrays.asList((String) null);
    }
}
