package org.guanai.registry.account;

import org.guanai.registry.jurisdiction.Jurisdiction;

/**
 * An account as the login needs it: credentials, state, role, scope, the derived jurisdiction and the county whose
 * settings and audit trail it works under ({@code countyCode}, null for an installation-wide administrator).
 */
public record AccountSnapshot(long id, String username, String displayName, String passwordHash, Role role,
        String scopeRegionCode, Long scopeOrganisationId, String scopeName, Jurisdiction jurisdiction,
        String countyCode, boolean enabled, boolean locked, boolean mustChangePassword, int sessionEpoch,
        boolean secondFactorEnrolled) {
}
