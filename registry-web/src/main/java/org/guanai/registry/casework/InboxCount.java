package org.guanai.registry.casework;

import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.security.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

    @ModelAttribute("inboxCount")
    Long inboxCount(@AuthenticationPrincipal AccountPrincipal user) {
        return user == null || !CASE_WORKERS.contains(user.role()) ? null : cases.inboxCount(CaseActors.of(user));
    }
}
