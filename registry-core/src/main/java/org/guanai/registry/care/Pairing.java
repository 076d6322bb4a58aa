package org.guanai.registry.care;

import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.VisitKind;

/** A carer paired with a child or an elder (结对帮扶), from when to when, with its contacts, the latest first. */
public record Pairing(long id, long carerId, String carerName, CarerRole carerRole, String carerPhone,
        PersonType personType, long personId, String personName, LocalDate startsOn, LocalDate endsOn,
        List<Contact> contacts) {

    /** One contact of the pairing's log: a visit of the person recorded with the pairing. */
    public record Contact(LocalDate date, VisitKind kind, String by, String note) {
    }

    public boolean activeOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}
