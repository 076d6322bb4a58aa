package org.guanai.registry.child;

import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonPages;
import org.guanai.registry.person.PersonRecordActions;
import org.guanai.registry.person.PersonRegistry;
import org.guanai.registry.person.PersonType;
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

    private final ChildService children;
    private final DelegateCandidates delegateCandidates;

    ChildController(ChildService children, DelegateCandidates delegateCandidates, PersonPages pages) {
        super(pages);
        this.children = children;
        this.delegateCandidates = delegateCandidates;
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
    protected ChildDetails newDetails() {
        return ChildDetails.registeredRural();
    }

    @Override
    protected void formExtras(SignedInUser user, Model model, ChildDetails details) {
        model.addAttribute("delegateElders", delegateCandidates.delegateCandidates(user.jurisdiction()));
    }
}
