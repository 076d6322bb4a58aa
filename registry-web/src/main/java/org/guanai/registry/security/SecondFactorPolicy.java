package org.guanai.registry.security;

import java.util.Set;
import org.guanai.registry.demo.DemoAccounts;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who must pass a second factor after the password: an account that enrolled one, and every account of the roles in
 * {@code registry.mfa.roles} (ADMIN, AUDITOR and COUNTY by default). In the demo the demo accounts log in with a
 * password alone unless {@code registry.mfa.demo=true}. Spring Security's multi-factor authorization asks this on every
 * request ({@link SecurityConfiguration}); the factor itself is {@link #FACTOR}.
 */
@Component
public class SecondFactorPolicy {

    /** The authority a session gains when its second factor was right. */
    public static final String FACTOR = "FACTOR_TOTP";

    private final Set<String> roles;
    private final Set<String> exempt;

    SecondFactorPolicy(RegistryProperties properties, @Value("${registry.demo.enabled:false}") boolean demo) {
        this.roles = Set.copyOf(properties.mfa().roles());
        this.exempt = demo && !properties.mfa().demo() ? DemoAccounts.usernames() : Set.of();
    }

    /** True when this account must pass a second factor. */
    public boolean requires(AccountPrincipal principal) {
        return principal.secondFactorEnrolled()
                || roles.contains(principal.role().name()) && !exempt.contains(principal.getUsername());
    }

    /** True when the authentication is an account's that must pass a second factor. */
    public boolean requires(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal p && requires(p);
    }

    /** True when the authentication still lacks the second factor it needs. */
    public boolean missing(Authentication authentication) {
        return requires(authentication) && authentication.getAuthorities().stream()
                .noneMatch(a -> FACTOR.equals(a.getAuthority()));
    }
}
