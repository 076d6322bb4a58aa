package org.guanai.registry.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * A page outside the user's role: audited, then the Chinese 403 page. A session that has passed the password but still
 * owes its second factor is sent to the code page instead, and comes back to the page it asked for.
 */
final class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final AuditService audit;
    private final SecondFactorPolicy secondFactor;
    private final RequestCache requests = new HttpSessionRequestCache();

    AuditingAccessDeniedHandler(AuditService audit, SecondFactorPolicy secondFactor) {
        this.audit = audit;
        this.secondFactor = secondFactor;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException, ServletException {
        if (!(exception instanceof CsrfException)
                && secondFactor.missing(SecurityContextHolder.getContext().getAuthentication())) {
            if ("GET".equals(request.getMethod())) {
                requests.saveRequest(request, response);
            }
            response.sendRedirect(request.getContextPath() + SecondFactorController.CODE_PAGE);
            return;
        }
        String what = exception instanceof CsrfException ? "CSRF " : "";
        audit.record(AuditAction.ACCESS_DENIED, "url", request.getRequestURI(), AuditOutcome.DENIED,
                what + request.getMethod() + " " + request.getRequestURI());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
