package org.guanai.registry.shared;

import org.guanai.registry.history.HistoryService.HistoryPage;
import org.guanai.registry.visit.VisitService.VisitPage;
import org.springframework.ui.Model;

/**
 * The pages of a person's history and of a person's visits ({@code person/pages}), for children and elders
 * alike: the person's own page shows the latest page of each.
 */
public final class PersonRecordPages {

    private PersonRecordPages() {
    }

    /** One page of {@code personPath}'s history from {@code after} (null: the latest); names the view. */
    public static String history(Model model, String personName, String personPath, HistoryPage page, String after) {
        model.addAttribute("history", page);
        return show(model, "history", personName, personPath, personPath + "/history", page.nextCursor(), after);
    }

    /** One page of {@code personPath}'s visits from {@code after} (null: the latest); names the view. */
    public static String visits(Model model, String personName, String personPath, VisitPage page, String after) {
        model.addAttribute("visits", page);
        return show(model, "visit", personName, personPath, personPath + "/visits", page.nextCursor(), after);
    }

    private static String show(Model model, String what, String personName, String personPath, String pagesUrl,
            String nextCursor, String after) {
        model.addAttribute("what", what);
        model.addAttribute("personName", personName);
        model.addAttribute("personPage", personPath);
        model.addAttribute("pagesUrl", pagesUrl);
        model.addAttribute("nextCursor", nextCursor);
        model.addAttribute("paged", after != null);
        return "person/pages";
    }
}
