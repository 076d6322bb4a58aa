package org.guanai.registry.shared;

import org.guanai.registry.history.HistoryService.HistoryPage;
import org.springframework.ui.Model;

/** The page of a person's history that children and elders share ({@code person/history}). */
public final class PersonHistoryPage {

    private PersonHistoryPage() {
    }

    /**
     * Fills the model for one page of {@code personPath}'s history ({@code after}: where it starts, null for the
     * latest) and names the view.
     */
    public static String show(Model model, String personName, String personPath, HistoryPage history, String after) {
        model.addAttribute("personName", personName);
        model.addAttribute("personPage", personPath);
        model.addAttribute("historyPage", personPath + "/history");
        model.addAttribute("history", history);
        model.addAttribute("paged", after != null);
        return "person/history";
    }
}
