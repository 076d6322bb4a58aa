package org.guanai.registry.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;
import org.guanai.registry.account.SessionState;
import org.guanai.registry.audit.Actor;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks each request of a logged-in session against the account as it is now (read with the session, decision 043,
 * or else one primary-key read): a disabled account, a reset password or a changed role ends the session, on
 * whichever node it arrives, and so does the session's age past {@code registry.session.absolute-lifetime} (12
 * hours), however active it was; an account that must change its password can reach nothing but the change page
 * (and the second factor's pages, which come first).
 */
final class AccountSessionFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private final LongFunction<Optional<SessionState>> accountStates;
    private final AuditService audit;
    private final Duration absoluteLifetime;
    private final Clock clock;

    /** {@code accountStates}: the account's state read apart, when the session was not read with it. */
    AccountSessionFilter(LongFunction<Optional<SessionState>> accountStates, AuditService audit,
            Duration absoluteLifetime, Clock clock) {
        this.accountStates = accountStates;
        this.audit = audit;
        this.absoluteLifetime = absoluteLifetime;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AccountPrincipal principal = AccountPrincipal.current();
        if (principal == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession current = request.getSession(false);
        Optional<SessionState> state = SessionAccountState.of(current, principal.id())
                .or(() -> accountStates.apply(principal.id()));
        boolean tooOld = current != null && Instant.ofEpochMilli(current.getCreationTime()).plus(absoluteLifetime)
                .isBefore(clock.instant());
        if (state.isEmpty() || !state.get().enabled() || state.get().sessionEpoch() != principal.sessionEpoch()
                || tooOld) {
            audit.record(new Actor(principal.id(), principal.getUsername(), ClientAddress.of(request),
                    principal.countyCode()),
                    AuditAction.SESSION_ENDED, "account", principal.id(), AuditOutcome.SUCCESS,
                    tooOld ? "会话已满" + absoluteLifetime.toHours() + "小时"
                            : state.map(s -> s.enabled() ? "账户已变更" : "账户已停用").orElse("账户不存在"));
            if (current != null) {
                current.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        String path = RequestPaths.of(request);
        if (state.get().mustChangePassword() && !path.equals(PASSWORD_PAGE) && !path.equals("/logout")
                && !path.equals("/error") && !path.equals(SecondFactorController.CODE_PAGE)
                && !path.equals(SecondFactorController.SETUP_PAGE)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
