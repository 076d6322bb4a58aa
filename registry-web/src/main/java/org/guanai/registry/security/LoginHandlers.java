package org.guanai.registry.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guanai.registry.account.AccountLogins;
import org.guanai.registry.audit.Actor;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.csrf.CsrfToken;

/** Login success, login failure and logout: each counted and audited, then the usual redirect. */
final class LoginHandlers {

    private LoginHandlers() {
    }

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {
        private final AccountLogins accounts;
        private final SecondFactorPolicy secondFactor;

        Success(AccountLogins accounts, SecondFactorPolicy secondFactor) {
            this.accounts = accounts;
            this.secondFactor = secondFactor;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, ServletException {
            AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
            boolean factorFollows = secondFactor.requires(principal);
            accounts.loginSucceeded(principal.id(), ClientAddress.of(request), !factorFollows);
            // The login replaced the session's CSRF token with one made when first needed. Made now, it is stored
            // with the login, and the pages opened next at once (tabs reopened) share it: each making its own,
            // all but the last stored would have pages whose forms the server refuses.
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
                csrf.getToken();
            }
            if (factorFollows) {
                // The page first asked for stays saved: the code page goes on to it once the code is right.
                getRedirectStrategy().sendRedirect(request, response, SecondFactorController.CODE_PAGE);
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /** Every failure shows the same message, whether the name exists, the password was wrong or the account is locked. */
    static final class Failure implements AuthenticationFailureHandler {
        private final AccountLogins accounts;

        Failure(AccountLogins accounts) {
            this.accounts = accounts;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String reason = exception instanceof LockedException ? "locked"
                    : exception instanceof DisabledException ? "disabled" : "bad-credentials";
            accounts.loginFailed(request.getParameter("username"), ClientAddress.of(request), reason);
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    static final class AuditingLogout implements LogoutHandler {
        private final AuditService audit;

        AuditingLogout(AuditService audit) {
            this.audit = audit;
        }

        @Override
        public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal p) {
                audit.record(new Actor(p.id(), p.getUsername(), ClientAddress.of(request), p.countyCode()),
                        AuditAction.LOGOUT, "account", p.id(), AuditOutcome.SUCCESS, null);
            }
        }
    }
}
