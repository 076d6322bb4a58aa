package org.guanai.registry.casework;

import org.guanai.registry.security.AccountPrincipal;

/** The signed-in account as the one acting on cases. */
public final class CaseActors {

    private CaseActors() {
    }

    public static CaseActor of(AccountPrincipal user) {
        return new CaseActor(user.id(), user.getUsername(), user.displayName(), user.role(), user.jurisdiction());
    }
}
