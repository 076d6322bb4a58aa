package org.guanai.registry.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.guanai.registry.organisation.DepartmentType;

/**
 * What a task says: its title, lead and responsible lines (TOWN meaning every town), its start, its time limit (a date,
 * or a rule when it comes back), its funds in 万元 and its phase.
 */
public record TaskTerms(String title, DepartmentType lead, Set<DepartmentType> responsible, LocalDate startsOn,
        LocalDate dueOn, Optional<Recurrence> recurrence, BigDecimal fundsWan, TaskPhase phase) {

    public TaskTerms {
        responsible = responsible == null ? Set.of() : responsible;
        recurrence = recurrence == null ? Optional.empty() : recurrence;
    }
}
