package org.guanai.registry.child;

import java.util.Arrays;
import org.guanai.registry.casework.CaseActors;
import org.guanai.registry.casework.CaseInbox;
import org.guanai.registry.casework.CaseType;
import org.guanai.registry.casework.NumberDisclosure;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.PersonRecordActions;
import org.guanai.registry.person.PersonRegistry;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.security.AccountPrincipal;
import org.guanai.registry.shared.OneReadTransaction;
import org.guanai.registry.visit.VisitForm;
import org.guanai.registry.visit.VisitService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The children's roster ({@link PersonRecordActions}); a child's page also shows its cases and the measures granted. */
@Controller
@RequestMapping("/children")
class ChildController extends PersonRecordActions<Child, ChildDetails, ChildFilter> {

    private final ChildService children;
    private final DelegateCandidates delegateCandidates;
    private final CaseInbox cases;

    ChildController(ChildService children, VisitService visits, RegionService regions,
            DelegateCandidates delegateCandidates, CaseInbox cases, OneReadTransaction reads,
            NumberDisclosure disclosure) {
        super(reads, disclosure, regions, visits);
        this.children = children;
        this.delegateCandidates = delegateCandidates;
        this.cases = cases;
    }

    @Override
    protected PersonRegistry<Child, ChildDetails, ChildFilter, ?> registry() {
        return children;
    }

    @Override
    protected PersonType personType() {
        return PersonType.CHILD;
    }

    @Override
    protected String basePath() {
        return "/children";
    }

    @Override
    protected String messagePrefix() {
        return "child";
    }

    @Override
    protected VisitService.VisitPage visits(long id, String after, Jurisdiction jurisdiction) {
        return visits.ofChild(id, after, jurisdiction);
    }

    @Override
    protected void recordVisit(long id, VisitForm visit, Jurisdiction jurisdiction) {
        visits.recordForChild(id, visit, jurisdiction);
    }

    @Override
    protected ChildDetails newDetails() {
        return ChildDetails.registeredRural();
    }

    @Override
    protected void formExtras(AccountPrincipal user, Model model, ChildDetails details) {
        model.addAttribute("delegateElders", delegateCandidates.delegateCandidates(user.jurisdiction()));
    }

    @Override
    protected void pageExtras(AccountPrincipal user, Child child, Model model) {
        var childCases = cases.ofChild(child.getId(), CaseActors.of(user));
        model.addAttribute("cases", childCases);
        model.addAttribute("measures", cases.measuresGranted(childCases));
        model.addAttribute("openableCaseTypes", Arrays.stream(CaseType.values())
                .filter(t -> t != CaseType.MANDATORY_REPORT).toList());
    }
}
