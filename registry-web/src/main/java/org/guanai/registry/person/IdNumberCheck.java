package org.guanai.registry.person;

import java.time.LocalDate;

/** What the form shows while an identity number is typed: the derived facts, or the problem. */
public record IdNumberCheck(String normalised, LocalDate birthDate, Sex sex, String problemKey, String expectedCheck) {

    public static IdNumberCheck of(String text) {
        if (text == null || text.isBlank()) {
            return new IdNumberCheck(null, null, null, null, null);
        }
        try {
            ResidentIdNumber id = ResidentIdNumber.parse(text);
            return new IdNumberCheck(id.value(), id.birthDate(), id.sex(), null, null);
        } catch (ResidentIdNumber.Invalid e) {
            return new IdNumberCheck(null, null, null, "id." + e.problem().name(),
                    e.expectedCheck() == null ? null : String.valueOf(e.expectedCheck()));
        }
    }

    public boolean valid() {
        return normalised != null;
    }
}
