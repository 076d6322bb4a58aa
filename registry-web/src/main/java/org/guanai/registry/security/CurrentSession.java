package org.guanai.registry.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Keeps the current session valid after the user changed their own password (a new session epoch). */
@Component
public class CurrentSession {

    private final HttpSessionSecurityContextRepository repository;

    CurrentSession(HttpSessionSecurityContextRepository repository) {
        this.repository = repository;
    }

    public void adoptSessionEpoch(int epoch, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal = AccountPrincipal.current().withSessionEpoch(epoch);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
