package org.guanai.registry.roster;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.ChildFilter;
import org.guanai.registry.elder.ElderFilter;
import org.guanai.registry.shared.QueryStrings;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The registry lists as attachment 4 / 6 workbooks, with the list's filters, inside the user's
 * jurisdiction and as far as its role may export (account.ExportRight). The file re-imports unchanged, and it is stamped so that a later re-import can tell
 * the clerk's edits from changes made in the system since.
 */
@Controller
class RosterExportController {

    private final RosterExports exports;
    private final RosterDownloads downloads;

    RosterExportController(RosterExports exports, RosterDownloads downloads) {
        this.exports = exports;
        this.downloads = downloads;
    }

    @GetMapping("/children/roster.xlsx")
    void children(SignedInUser user, @ModelAttribute("filter") ChildFilter filter,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        RosterHeading heading = downloads.heading(user);
        downloads.prepare(response, downloads.placeName(user) + ChildRoster.TITLE + ".xlsx");
        exports.children(filter, QueryStrings.readable(request), user, heading, response::getOutputStream);
    }

    @GetMapping("/elderly/roster.xlsx")
    void elders(SignedInUser user, @ModelAttribute("filter") ElderFilter filter,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        RosterHeading heading = downloads.heading(user);
        downloads.prepare(response, downloads.placeName(user) + ElderRoster.TITLE + ".xlsx");
        exports.elders(filter, QueryStrings.readable(request), user, heading, response::getOutputStream);
    }
}
