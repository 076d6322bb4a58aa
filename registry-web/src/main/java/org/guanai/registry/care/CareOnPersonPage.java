package org.guanai.registry.care;

import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.PersonPagePart;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.VisitForm;
import org.guanai.registry.person.VisitKind;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A person's page shows their care: the 包保 person and the next visit due, the pairings with their contacts (and a
 * form to log one), the child's 派出所备案 and the services received.
 */
@Component
class CareOnPersonPage implements PersonPagePart {

    private final Responsibilities responsibilities;
    private final Pairings pairings;
    private final Activities activities;
    private final Carers carers;
    private final CarePeople people;

    CareOnPersonPage(Responsibilities responsibilities, Pairings pairings, Activities activities, Carers carers,
            CarePeople people) {
        this.people = people;
        this.responsibilities = responsibilities;
        this.pairings = pairings;
        this.activities = activities;
        this.carers = carers;
    }

    @Override
    public void addTo(PersonType type, long personId, SignedInUser user, Model model) {
        Jurisdiction j = user.jurisdiction();
        model.addAttribute("careBase", (type == PersonType.CHILD ? "/children/" : "/elderly/") + personId);
        model.addAttribute("responsible", responsibilities.of(type, personId, j));
        model.addAttribute("pairings", pairings.of(type, personId, j));
        model.addAttribute("services", activities.of(type, personId, j));
        if (type == PersonType.CHILD) {
            model.addAttribute("filing", responsibilities.filingOf(personId, j));
        }
        if (j.canChangePeople()) {
            model.addAttribute("responsibleChoices", responsibilities.candidates(type, personId, j));
            model.addAttribute("pairingCarers", carers.servingVillage(people.visible(type, personId, j).getVillageCode()));
            VisitForm contact = new VisitForm();
            contact.setKind(VisitKind.HOME);
            contact.setVisitor(user.displayName());
            model.addAttribute("contact", contact);
        }
    }
}
