package org.guanai.registry.casework;

import java.util.List;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonPagePart;
import org.guanai.registry.person.PersonType;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A person's page shows their cases the user may see, the measures they granted and the cases one may open (an
 * elder's: docs/casework.md, "Elders' cases").
 */
@Component
class CasesOnPersonPage implements PersonPagePart {

    private static final List<CaseType> OPENABLE_FOR_CHILDREN = List.copyOf(CaseType.OPENED_FOR_CHILDREN);
    private static final List<CaseType> OPENABLE_FOR_ELDERS = List.copyOf(CaseType.FOR_ELDERS);

    private final CaseInbox cases;

    CasesOnPersonPage(CaseInbox cases) {
        this.cases = cases;
    }

    @Override
    public void addTo(PersonType type, long personId, SignedInUser user, Model model) {
        List<CaseFile> personCases = type == PersonType.CHILD ? cases.ofChild(personId, user)
                : cases.ofElder(personId, user);
        model.addAttribute("cases", personCases);
        model.addAttribute("measures", cases.measuresGranted(personCases));
        model.addAttribute("openableCaseTypes", type == PersonType.CHILD ? OPENABLE_FOR_CHILDREN : OPENABLE_FOR_ELDERS);
    }
}
