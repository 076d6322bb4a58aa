package org.guanai.registry.casework;

import java.util.Arrays;
import java.util.List;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonPagePart;
import org.guanai.registry.person.PersonType;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A child's page shows the child's cases the user may see, the measures they granted and the cases one may open. */
@Component
class CasesOnPersonPage implements PersonPagePart {

    private static final List<CaseType> OPENABLE = Arrays.stream(CaseType.values())
            .filter(t -> t != CaseType.MANDATORY_REPORT).toList();

    private final CaseInbox cases;

    CasesOnPersonPage(CaseInbox cases) {
        this.cases = cases;
    }

    @Override
    public void addTo(PersonType type, long personId, SignedInUser user, Model model) {
        if (type != PersonType.CHILD) {
            return;
        }
        List<CaseFile> childCases = cases.ofChild(personId, user);
        model.addAttribute("cases", childCases);
        model.addAttribute("measures", cases.measuresGranted(childCases));
        model.addAttribute("openableCaseTypes", OPENABLE);
    }
}
