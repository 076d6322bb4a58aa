package org.guanai.registry.casework;

import java.util.List;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonPagePart;
import org.guanai.registry.plan.CountyPlans;
import org.guanai.registry.region.RegionCode;
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
    private final CountyPlans plans;

    CasesOnPersonPage(CaseInbox cases, CountyPlans plans) {
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public void addTo(PersonType type, long personId, SignedInUser user, Model model) {
        List<CaseFile> personCases = type == PersonType.CHILD ? cases.ofChild(personId, user)
                : cases.ofElder(personId, user);
        model.addAttribute("cases", personCases);
        model.addAttribute("measures", cases.measuresGranted(personCases));
        // Only the types the user's county's plan enables (Changbai's has no elders' cases: docs/plans.md).
        RegionCode county = user.jurisdiction().county();
        model.addAttribute("openableCaseTypes", (type == PersonType.CHILD ? OPENABLE_FOR_CHILDREN : OPENABLE_FOR_ELDERS)
                .stream().filter(t -> plans.enables(county, t.name())).toList());
    }
}
