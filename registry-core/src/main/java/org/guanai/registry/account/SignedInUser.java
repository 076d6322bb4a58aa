package org.guanai.registry.account;

import org.guanai.registry.jurisdiction.Jurisdiction;

/**
 * The user signed in on a request, as every feature sees it: who (for the audit and the logs), the role (what may be
 * done) and the jurisdiction (whose people and cases may be seen). Controllers are given it as an argument; services
 * take it. {@code countyCode} is the county whose settings and trail the account works under, {@code scopeName} the
 * name of its scope (龙山镇, 龙里县教育局 …); both null for a user the system acts as.
 */
public record SignedInUser(Long accountId, String username, String displayName, Role role, Jurisdiction jurisdiction,
        String countyCode, String scopeName) {

    /** A user without a county or scope name: the demo loader, a test. */
    public SignedInUser(Long accountId, String username, String displayName, Role role, Jurisdiction jurisdiction) {
        this(accountId, username, displayName, role, jurisdiction, null, null);
    }
}
