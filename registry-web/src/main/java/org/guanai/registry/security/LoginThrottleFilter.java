package org.guanai.registry.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guanai.registry.account.AccountLogins;
import org.guanai.registry.audit.Actor;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses login attempts from an address that failed too often recently (counted from the audit
 * trail, so every node sees the same count). Per-account locking is separate (AccountService).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final AccountLogins accounts;
    private final AuditService audit;

    LoginThrottleFilter(AccountLogins accounts, AuditService audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(RequestPaths.of(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String ip = ClientAddress.of(request);
        if (accounts.ipThrottled(ip)) {
            audit.record(Actor.anonymous(accounts.auditableUsername(request.getParameter("username")), ip), AuditAction.LOGIN_IP_THROTTLED,
                    "ip", ip, AuditOutcome.DENIED, null);
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
