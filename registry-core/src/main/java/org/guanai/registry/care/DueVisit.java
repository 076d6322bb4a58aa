package org.guanai.registry.care;

import java.time.LocalDate;
import org.guanai.registry.person.PersonType;

/** A person under someone's 包保, with the visit the plan asks for next. */
public record DueVisit(PersonType type, long id, String name, String villageName, boolean keyTarget,
        String responsibleName, LocalDate lastVisitDate, LocalDate nextVisitDue, boolean overdue) {

    /** The person's page. */
    public String path() {
        return (type == PersonType.CHILD ? "/children/" : "/elderly/") + id;
    }
}
