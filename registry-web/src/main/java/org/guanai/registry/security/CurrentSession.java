package org.guanai.registry.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Changes the current session's authentication in place: a new session epoch after the user changed their own password,
 * the second factor once it was right. The factors the session already passed are kept.
 */
@Component
public class CurrentSession {

    private final HttpSessionSecurityContextRepository repository;

    CurrentSession(HttpSessionSecurityContextRepository repository) {
        this.repository = repository;
    }

    public void adoptSessionEpoch(int epoch, HttpServletRequest request, HttpServletResponse response) {
        replace(AccountPrincipal.current().withSessionEpoch(epoch), authorities(), request, response);
    }

    /**
     * The second factor was right: the session gains {@link SecondFactorPolicy#FACTOR} under a new session id (a
     * privilege gained is never carried by an id seen before). {@code enrolledNow}: the account enrolled just now.
     */
    public void passSecondFactor(boolean enrolledNow, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal = AccountPrincipal.current();
        List<GrantedAuthority> authorities = new ArrayList<>(authorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactorPolicy.FACTOR));
        request.changeSessionId();
        replace(enrolledNow ? principal.withSecondFactor() : principal, authorities, request, response);
    }

    private static Collection<? extends GrantedAuthority> authorities() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current == null ? List.of() : current.getAuthorities();
    }

    private void replace(AccountPrincipal principal, Collection<? extends GrantedAuthority> authorities,
            HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
