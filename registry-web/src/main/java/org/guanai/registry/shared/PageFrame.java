package org.guanai.registry.shared;

import org.springframework.ui.Model;

/**
 * What every page shows around its content (the county's name, the main menu of the user signed in): the error page
 * adds it itself, as Spring runs no {@code @ModelAttribute} method for an exception handler. Implemented by the
 * application's frame (web.GlobalModel), which knows the menu; the features below it need not.
 */
public interface PageFrame {

    void addTo(Model model);
}
