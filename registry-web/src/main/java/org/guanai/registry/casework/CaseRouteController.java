package org.guanai.registry.casework;

import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.person.ConcurrentEditException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The routing reference data: which line of work owns each case type, and its time limit. COUNTY edits. */
@Controller
class CaseRouteController {

    private final CaseRouting routing;

    CaseRouteController(CaseRouting routing) {
        this.routing = routing;
    }

    @GetMapping("/casework/routes")
    String routes(SignedInUser user, @RequestParam(required = false) String county,
            Model model) {
        model.addAttribute("routes", routing.readable(user, county));
        model.addAttribute("lines", DepartmentType.values());
        return "casework/routes";
    }

    @PostMapping("/casework/routes/{type}")
    String change(SignedInUser user, @PathVariable CaseType type, @RequestParam long version,
            @RequestParam DepartmentType departmentType, @RequestParam(defaultValue = "false") boolean townUnitFirst,
            @RequestParam(defaultValue = "0") int timeLimitDays, RedirectAttributes redirect) {
        try {
            routing.change(type, version, departmentType, townUnitFirst, timeLimitDays, user);
            redirect.addFlashAttribute("success", "case.route.saved");
        } catch (CaseRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("failure", "case.error.concurrent");
        }
        return "redirect:/casework/routes";
    }
}
