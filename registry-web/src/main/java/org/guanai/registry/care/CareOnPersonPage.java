package org.guanai.registry.care;

import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonPagePart;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.VisitForm;
import org.guanai.registry.person.VisitKind;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A person's page shows their care (fragments/care.html, "onPersonPage"): the 包保 person and the next visit due, the
 * pairings with their contacts (and a form to log one), the child's 派出所备案 and the services received.
 */
@Component
class CareOnPersonPage implements PersonPagePart {

    private final PersonCare care;

    CareOnPersonPage(PersonCare care) {
        this.care = care;
    }

    @Override
    public void addTo(PersonType type, long personId, SignedInUser user, Model model) {
        PersonCare.View view = care.of(type, personId, user.jurisdiction());
        model.addAttribute("careBase", (type == PersonType.CHILD ? "/children/" : "/elderly/") + personId);
        model.addAttribute("responsible", view.responsible());
        model.addAttribute("pairings", view.pairings());
        model.addAttribute("services", view.services());
        model.addAttribute("filing", view.filing());
        model.addAttribute("responsibleChoices", view.responsibleChoices());
        model.addAttribute("pairingCarers", view.pairingCarers());
        if (view.responsibleChoices() != null) {
            VisitForm contact = new VisitForm();
            contact.setKind(VisitKind.HOME);
            contact.setVisitor(user.displayName());
            model.addAttribute("contact", contact);
        }
    }
}
