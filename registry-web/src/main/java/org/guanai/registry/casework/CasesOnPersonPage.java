package org.guanai.registry.casework;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
        List<CaseFile> personCases = casesOf(type, personId, user);
        model.addAttribute("cases", personCases);
        model.addAttribute("openableCases", idsOf(personCases));
        model.addAttribute("measures", cases.measuresGranted(personCases));
        // Only the types the user's county's plan enables (Changbai's has no elders' cases: docs/plans.md), and none
        // the person has open already: the rules refuse a second, and the note typed for it would be lost.
        RegionCode county = user.jurisdiction().county();
        Set<CaseType> open = personCases.stream().filter(c -> !c.isClosed()).map(CaseFile::getType)
                .collect(Collectors.toSet());
        model.addAttribute("openableCaseTypes", (type == PersonType.CHILD ? OPENABLE_FOR_CHILDREN : OPENABLE_FOR_ELDERS)
                .stream().filter(t -> plans.enables(county, t.name()) && !open.contains(t)).toList());
    }

    /**
     * The history's case events link only the cases the user may open: a department sees a child's history, with the
     * events of cases routed to others (a station's link to a civil-affairs case answered 404).
     */
    @Override
    public void addToHistory(PersonType type, long personId, SignedInUser user, Model model) {
        model.addAttribute("openableCases", idsOf(casesOf(type, personId, user)));
    }

    /** The person's cases the user's case scope covers. */
    private List<CaseFile> casesOf(PersonType type, long personId, SignedInUser user) {
        return type == PersonType.CHILD ? cases.ofChild(personId, user) : cases.ofElder(personId, user);
    }

    /** The cases' ids as a history line names them (CaseLedger's summary). */
    private static Set<String> idsOf(List<CaseFile> personCases) {
        return personCases.stream().map(c -> String.valueOf(c.getId())).collect(Collectors.toSet());
    }
}
