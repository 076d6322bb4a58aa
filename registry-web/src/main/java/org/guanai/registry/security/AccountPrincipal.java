package org.guanai.registry.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.guanai.registry.account.AccountSnapshot;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in account as the session holds it: role, scope, jurisdiction and the session epoch it
 * logged in under. The password hash is erased once authentication is done.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    /**
     * Pinned to the value Java computed before it was declared. Sessions are kept in PostgreSQL across
     * deploys and read by every node, so a new version must read the ones an older one wrote
     * (SessionCompatibilityTest, decision 017).
     */
    @Serial
    private static final long serialVersionUID = -7410392385248959954L;

    private final long id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final Role role;
    private final String scopeName;
    private final Jurisdiction jurisdiction;
    /** Absent (null) in sessions written before it was added: those actors' audit rows carry no county. */
    private final String countyCode;
    private final boolean enabled;
    private final boolean locked;
    private final int sessionEpoch;
    /** Absent (false) in sessions written before it was added; such an account's role decides alone. */
    private final boolean secondFactorEnrolled;

    private AccountPrincipal(long id, String username, String displayName, String passwordHash, Role role,
            String scopeName, Jurisdiction jurisdiction, String countyCode, boolean enabled, boolean locked,
            int sessionEpoch, boolean secondFactorEnrolled) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.scopeName = scopeName;
        this.jurisdiction = jurisdiction;
        this.countyCode = countyCode;
        this.enabled = enabled;
        this.locked = locked;
        this.sessionEpoch = sessionEpoch;
        this.secondFactorEnrolled = secondFactorEnrolled;
    }

    static AccountPrincipal of(AccountSnapshot a) {
        return new AccountPrincipal(a.id(), a.username(), a.displayName(), a.passwordHash(), a.role(), a.scopeName(),
                a.jurisdiction(), a.countyCode(), a.enabled(), a.locked(), a.sessionEpoch(), a.secondFactorEnrolled());
    }

    /** The account logged in on the current request, or {@code null} before logging in. */
    public static AccountPrincipal current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal p ? p : null;
    }

    /** The same principal under a new session epoch (after the user changed their own password). */
    AccountPrincipal withSessionEpoch(int epoch) {
        return new AccountPrincipal(id, username, displayName, null, role, scopeName, jurisdiction, countyCode, enabled,
                locked, epoch, secondFactorEnrolled);
    }

    /** The same principal once it has enrolled a second factor (it must now pass it at every login). */
    AccountPrincipal withSecondFactor() {
        return new AccountPrincipal(id, username, displayName, null, role, scopeName, jurisdiction, countyCode, enabled,
                locked, sessionEpoch, true);
    }

    /** The account as every feature sees the user (SignedInUserArgument gives it to controllers). */
    public SignedInUser signedInUser() {
        return new SignedInUser(id, username, displayName, role, jurisdiction, countyCode, scopeName);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String scopeName() {
        return scopeName;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** The county whose settings and audit trail the account works under; null for an installation-wide admin. */
    public String countyCode() {
        if (countyCode == null && jurisdiction.county() != null) {
            return jurisdiction.county().value(); // a session written before the field existed
        }
        return countyCode;
    }

    public boolean secondFactorEnrolled() {
        return secondFactorEnrolled;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    // Sessions of the same account are the same principal (Spring Security compares principals).
    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal p && p.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + "]";
    }
}
