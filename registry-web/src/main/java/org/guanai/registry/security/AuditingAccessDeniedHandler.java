package org.guanai.registry.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** A page outside the user's role: audited, then the Chinese 403 page. */
final class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final AuditService audit;

    AuditingAccessDeniedHandler(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException, ServletException {
        String what = exception instanceof CsrfException ? "CSRF " : "";
        audit.record(AuditAction.ACCESS_DENIED, "url", request.getRequestURI(), AuditOutcome.DENIED,
                what + request.getMethod() + " " + request.getRequestURI());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
