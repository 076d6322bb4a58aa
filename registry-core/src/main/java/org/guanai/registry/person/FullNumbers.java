package org.guanai.registry.person;

import org.guanai.registry.account.SignedInUser;

/**
 * Whether a user may see a person's identity and phone numbers in full. Decided by the casework (a department sees the
 * numbers of the people of its own cases: casework.NumberDisclosure); asked by the person's page before a reveal.
 */
public interface FullNumbers {

    /** True when the person's page may offer "显示完整号码" to the user. */
    boolean allowsFullNumbers(PersonType type, long personId, SignedInUser user);

    /** Refuses (403, audited) a user who may not see the person's numbers in full. */
    void requireFullNumbers(PersonType type, long personId, SignedInUser user);
}
