package org.guanai.registry.elder;

import java.time.LocalDate;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.PersonRow;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.Sex;

/** One line of the elders' list; the identity number is already masked. */
public record ElderRow(long id, String name, Sex sex, LocalDate birthDate, int age, String maskedIdNumber,
        String townName, String villageName, LivingArrangement livingArrangement, Health health, SelfCare selfCare,
        LocalDate lastVisitDate, PersonStatus status) implements PersonRow {
}
