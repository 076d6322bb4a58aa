package org.guanai.registry.person;

import org.guanai.registry.account.SignedInUser;
import org.springframework.ui.Model;

/**
 * What another feature shows on a person's page (a child's cases and the measures they granted): the person's
 * feature asks every part without knowing the features that supply them.
 */
public interface PersonPagePart {

    /** Adds the part for the person to the page's model; runs inside the page's read transaction. */
    void addTo(PersonType type, long personId, SignedInUser user, Model model);

    /** Adds what the person's history pages need of the part (which cases a case event may link to). */
    default void addToHistory(PersonType type, long personId, SignedInUser user, Model model) {
    }
}
