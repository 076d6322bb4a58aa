package org.guanai.registry.care;

import java.util.List;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.PersonRecord;
import org.guanai.registry.person.PersonType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's care for their page, read after one check of the jurisdiction: the 包保 person and the next visit due,
 * the pairings with their latest contacts, the services received, a child's 派出所备案, and for those who may change
 * the record the choices of 包保 person and of carer to pair with.
 */
@Service
@Transactional(readOnly = true)
public class PersonCare {

    /** What the page shows; the choices are null for a user who may not change the record. */
    public record View(Responsibility responsible, List<Pairing> pairings, List<Activities.ServiceReceived> services,
            PoliceFiling filing, List<Responsibilities.Choice> responsibleChoices, List<Carer> pairingCarers) {
    }

    private final CarePeople people;
    private final Responsibilities responsibilities;
    private final Pairings pairings;
    private final Activities activities;
    private final Carers carers;

    PersonCare(CarePeople people, Responsibilities responsibilities, Pairings pairings, Activities activities,
            Carers carers) {
        this.people = people;
        this.responsibilities = responsibilities;
        this.pairings = pairings;
        this.activities = activities;
        this.carers = carers;
    }

    public View of(PersonType type, long personId, Jurisdiction jurisdiction) {
        PersonRecord<?> person = people.visible(type, personId, jurisdiction);
        boolean changes = jurisdiction.canChangePeople();
        List<Carer> serving = changes ? carers.servingVillage(person.getVillageCode()) : null;
        return new View(responsibilities.responsibilityOf(type, person), pairings.ofPerson(type, personId),
                activities.received(type, personId),
                type == PersonType.CHILD ? responsibilities.filingOf(personId) : null,
                changes ? responsibilities.candidatesFor(person, serving) : null, serving);
    }
}
