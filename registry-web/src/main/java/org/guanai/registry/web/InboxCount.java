package org.guanai.registry.web;

import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.casework.CaseInbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of cases waiting on the user, on the inbox entry of the main menu of every page. Only for this
 * application's controllers: the actuator's endpoints (a health probe that carries a session) count no inbox.
 */
@ControllerAdvice(annotations = Controller.class)
class InboxCount {

    private final CaseInbox cases;

    InboxCount(CaseInbox cases) {
        this.cases = cases;
    }

    /** The count, up to {@link CaseInbox#INBOX_COUNT_CAP}, and as shown: "100+" when it reached the cap. */
    @ModelAttribute
    void inboxCount(SignedInUser user, Model model) {
        if (user != null && MenuEntry.INBOX.isShownTo(user.role())) {
            long count = cases.inboxCount(user);
            model.addAttribute("inboxCount", count);
            model.addAttribute("inboxCountLabel",
                    count >= CaseInbox.INBOX_COUNT_CAP ? count + "+" : String.valueOf(count));
        }
    }
}
