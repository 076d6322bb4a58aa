package org.guanai.registry.casework;

import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.security.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of cases waiting on the user, for the top bar of every page of those who work cases. */
@ControllerAdvice
class InboxCount {

    static final Set<Role> CASE_WORKERS = Set.of(Role.COUNTY, Role.TOWN, Role.VILLAGE, Role.DEPARTMENT);

    private final CaseService cases;

    InboxCount(CaseService cases) {
        this.cases = cases;
    }

    /** The count, up to {@link CaseService#INBOX_COUNT_CAP}, and as shown: "1000+" when it reached the cap. */
    @ModelAttribute
    void inboxCount(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        if (user != null && CASE_WORKERS.contains(user.role())) {
            long count = cases.inboxCount(CaseActors.of(user));
            model.addAttribute("inboxCount", count);
            model.addAttribute("inboxCountLabel",
                    count >= CaseService.INBOX_COUNT_CAP ? count + "+" : String.valueOf(count));
        }
    }
}
