package org.guanai.registry.child;

import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.person.PersonRow;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.Sex;

/** One line of the children's list; the identity number is already masked. */
public record ChildRow(long id, String name, Sex sex, LocalDate birthDate, int age, String maskedIdNumber,
        String townName, String villageName, List<KeyTargets.Flag> flags, GuardianshipType guardianshipType,
        Schooling schooling, LocalDate lastVisitDate, PersonStatus status, boolean leftBehind,
        boolean inDifficulty) implements PersonRow {
}
