package org.guanai.registry.trail;

import java.time.LocalDate;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditEvent;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditQuery;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.audit.TrailScope;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail: the county office reads its county's rows, an auditor those of every county under its region and
 * the installation's own; filters live in the query string. The administrator does not read it (三权分立).
 */
@Controller
class AuditTrailController {

    private static final int PAGE_SIZE = 50;
    /** Deep pages of an ever-growing table are narrowed with the date filters instead. */
    private static final int MAX_PAGE = 200;
    /** The rows its pages reach: the total is counted up to one more, and said as "more than" beyond them. */
    private static final int REACHABLE = (MAX_PAGE + 1) * PAGE_SIZE;

    private final AuditService audit;
    private final RegistryProperties properties;

    AuditTrailController(AuditService audit, RegistryProperties properties) {
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping("/audit")
    String list(SignedInUser user, @RequestParam(required = false) String username,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) AuditOutcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int pageNumber = Math.max(0, Math.min(page, MAX_PAGE));
        AuditQuery query = new AuditQuery(username, action, outcome, from, to);
        TrailScope scope = switch (user.role()) {
            case COUNTY -> TrailScope.countyOffice(user.countyCode());
            case AUDITOR -> TrailScope.auditor(user.countyCode());
            default -> throw new AccessDeniedException("audit trail");
        };
        Page<AuditEvent> events = audit.search(query, scope, properties.timeZone(),
                PageRequest.of(pageNumber, PAGE_SIZE), REACHABLE + 1);
        model.addAttribute("query", query);
        model.addAttribute("events", events);
        model.addAttribute("reachable", REACHABLE);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("outcomes", AuditOutcome.values());
        return "audit/list";
    }
}
