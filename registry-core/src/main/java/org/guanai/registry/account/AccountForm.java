package org.guanai.registry.account;

/** What an administrator sets on an account. {@code scopeRegionCode} or {@code scopeOrganisationId} per role. */
public record AccountForm(String username, String displayName, Role role, String scopeRegionCode,
        Long scopeOrganisationId) {
}
