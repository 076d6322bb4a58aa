package org.guanai.registry.casework;

import org.guanai.registry.account.Role;
import org.guanai.registry.jurisdiction.Jurisdiction;

/** The user acting on cases: the role decides the parties, the jurisdiction which cases are visible. */
public record CaseActor(Long accountId, String username, String displayName, Role role, Jurisdiction jurisdiction) {
}
