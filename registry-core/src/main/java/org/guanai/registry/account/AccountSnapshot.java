package org.guanai.registry.account;

import org.guanai.registry.jurisdiction.Jurisdiction;

/** An account as the login needs it: credentials, state, role, scope and the derived jurisdiction. */
public record AccountSnapshot(long id, String username, String displayName, String passwordHash, Role role,
        String scopeRegionCode, Long scopeOrganisationId, String scopeName, Jurisdiction jurisdiction,
        boolean enabled, boolean locked, boolean mustChangePassword, int sessionEpoch) {
}
