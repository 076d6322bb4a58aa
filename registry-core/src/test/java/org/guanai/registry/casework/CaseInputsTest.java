package org.guanai.registry.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.person.FieldProblem;
import org.junit.jupiter.api.Test;

/** A step's values checked by each field's kind and the plan's own rules, on the declared steps themselves. */
class CaseInputsTest {

    final List<FieldProblem> problems = new ArrayList<>();

    private static Step step(CaseType type, String code) {
        return type.workflow().step(code).orElseThrow();
    }

    private List<String> keys() {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void valuesAreTrimmedAndNormalisedAndRequiredOnesMissingAreNamed() {
        Map<String, String> values = CaseInputs.check(step(CaseType.SAFETY_NET, "grant"),
                Map.of("measure", " MEDICAL_RELIEF ", "amount", "800.50", "grantDate", "2026-11-09"), null, problems);
        assertThat(problems).isEmpty();
        assertThat(values).containsEntry("measure", "MEDICAL_RELIEF").containsEntry("amount", "800.50")
                .containsEntry("grantDate", "2026-11-09");

        CaseInputs.check(step(CaseType.SAFETY_NET, "grant"), Map.of("measure", "CASH", "amount", "-1",
                "grantDate", "2026-02-30"), null, problems);
        assertThat(keys()).containsExactlyInAnyOrder("measure:case.error.option", "amount:case.error.money",
                "grantDate:case.error.date");

        problems.clear();
        CaseInputs.check(step(CaseType.SAFETY_NET, "grant"), Map.of(), "备注".repeat(CaseInputs.NOTE_MAX), problems);
        assertThat(keys()).containsExactlyInAnyOrder("measure:case.error.required", "grantDate:case.error.required",
                "note:case.error.tooLong");
    }

    @Test
    void thePlansOwnRulesNonBiologicalNeedsDnaAndATermEndsAfterItBegins() {
        Map<String, String> raw = new HashMap<>(Map.of("idNumber", "11010519491231002X", "registeredDate", "2026-11-08",
                "nonBiological", "true"));
        CaseInputs.check(step(CaseType.HUKOU, "register"), raw, null, problems);
        assertThat(keys()).containsExactly("dnaSampled:case.error.dnaRequired");

        problems.clear();
        CaseInputs.check(step(CaseType.DELEGATION, "sign"), Map.of("entrustingParent", "BOTH", "termFrom", "2026-11-05",
                "termTo", "2026-11-01", "parentSignedDate", "2026-11-05", "delegateSignedDate", "2026-11-05"), null,
                problems);
        assertThat(keys()).containsExactly("termTo:case.error.termOrder");
    }

    @Test
    void anIdNumberIsCheckedAndUpgradedAsEverywhere() {
        Map<String, String> values = CaseInputs.check(step(CaseType.HUKOU, "register"), Map.of("idNumber",
                "11010519491231002x", "registeredDate", "2026-11-08", "nonBiological", "false"), null, problems);
        assertThat(problems).isEmpty();
        assertThat(values).containsEntry("idNumber", "11010519491231002X");
        CaseInputs.check(step(CaseType.HUKOU, "register"), Map.of("idNumber", "110105194912310021",
                "registeredDate", "2026-11-08", "nonBiological", "false"), null, problems);
        assertThat(keys()).containsExactly("idNumber:id.CHECK_DIGIT");
    }
}
