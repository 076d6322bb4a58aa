package org.guanai.registry.child;

import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonPages;
import org.guanai.registry.person.PersonRecordActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The children's roster ({@link PersonRecordActions}); the form offers the elders of the registry as delegated
 * guardians. A child's page also shows its cases (casework's part of the page).
 */
@Controller
@RequestMapping("/children")
class ChildController extends PersonRecordActions<Child, ChildDetails, ChildFilter> {

    private final DelegateCandidates delegateCandidates;

    ChildController(ChildService children, DelegateCandidates delegateCandidates, PersonPages pages) {
        super(pages, children, "/children", "child");
        this.delegateCandidates = delegateCandidates;
    }

    @Override
    protected ChildDetails newDetails() {
        return ChildDetails.registeredRural();
    }

    @Override
    protected void formExtras(SignedInUser user, Model model, ChildDetails details) {
        model.addAttribute("delegateElders", delegateCandidates.delegateCandidates(user.jurisdiction()));
    }
}
