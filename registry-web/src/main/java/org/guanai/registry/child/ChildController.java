package org.guanai.registry.child;

import java.util.List;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonPages;
import org.guanai.registry.person.PersonRecordActions;
import org.guanai.registry.person.RosterLine;
import org.guanai.registry.shared.ValueLabels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The children's roster ({@link PersonRecordActions}); the form finds elders of the registry as delegated
 * guardians. A child's page also shows its cases (casework's part of the page).
 */
@Controller
@RequestMapping("/children")
class ChildController extends PersonRecordActions<Child, ChildDetails, ChildFilter, ChildRow> {

    private final DelegateCandidates delegateCandidates;
    private final ValueLabels labels;

    ChildController(ChildService children, DelegateCandidates delegateCandidates, PersonPages pages) {
        super(pages, children, "/children", "child");
        this.delegateCandidates = delegateCandidates;
        this.labels = pages.labels();
    }

    @Override
    protected ChildDetails newDetails() {
        return ChildDetails.registeredRural();
    }

    /** The elder the delegate is linked to, if any: the form's picker keeps them chosen (others are searched for). */
    @Override
    protected void formExtras(SignedInUser user, Model model, ChildDetails details) {
        Long elderId = details.getDelegate() == null ? null : details.getDelegate().getElderId();
        model.addAttribute("delegateElder", elderId == null ? null
                : delegateCandidates.chosenDelegate(elderId, user.jurisdiction()).orElse(null));
    }

    /** Badges: the key-target flags; then 监护类型, 就学, 最近走访. */
    @Override
    protected RosterLine line(ChildRow r) {
        return RosterLine.of(r.id(), r.name(), r.status(), r.sex(), r.birthDate(), r.age(), r.maskedIdNumber(),
                r.townName(), r.villageName(), labels,
                r.flags().stream().map(f -> labels.message("flag." + f)).toList(),
                List.of(labels.of(r.guardianshipType()), labels.of(r.schooling()), ValueLabels.day(r.lastVisitDate())));
    }
}
