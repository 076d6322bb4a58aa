package org.guanai.registry.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.Region;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The home page's care: the visits overdue (the cadre's own and the region's), this month's figures per town or
 * village, and the latest activities and pairing contacts.
 */
@Component
public class CareOnHomePage {

    /** What the home page counts (the quarterly page and workbook count every measure). */
    static final Set<CareFigures.Measure> COUNTED = Collections.unmodifiableSet(EnumSet.of(CareFigures.Measure.PLACES,
            CareFigures.Measure.CARERS, CareFigures.Measure.PAIRINGS, CareFigures.Measure.CONTACTS,
            CareFigures.Measure.ACTIVITIES, CareFigures.Measure.PARTICIPANTS));

    /** How many of the latest activities and contacts the home page lists. */
    static final int LATEST = 5;

    private final Responsibilities responsibilities;
    private final CareFigures figures;
    private final Activities activities;
    private final Pairings pairings;
    private final RegistryProperties properties;
    private final Clock clock;

    CareOnHomePage(Responsibilities responsibilities, CareFigures figures, Activities activities, Pairings pairings,
            RegistryProperties properties, Clock clock) {
        this.responsibilities = responsibilities;
        this.figures = figures;
        this.activities = activities;
        this.pairings = pairings;
        this.properties = properties;
        this.clock = clock;
    }

    /** The user's own overdue visits (a cadre of a town or village), never kept for others of its scope. */
    public void addOwnTo(SignedInUser user, Model model) {
        if (keepsCare(user) && (user.role() == Role.TOWN || user.role() == Role.VILLAGE)) {
            model.addAttribute("myOverdue", responsibilities.mine(user).stream().filter(DueVisit::overdue).toList());
        }
    }

    /**
     * Puts the region's care parts into {@code attributes} (the home page keeps them a minute for the scope) for the
     * users who keep or inspect a region's care; nothing for the others.
     */
    public void addRegionTo(SignedInUser user, Region scopeRegion, List<Region> subRegions,
            Map<String, Object> attributes) {
        if (!keepsCare(user)) {
            return;
        }
        Jurisdiction j = user.jurisdiction();
        Responsibilities.Overdue overdue = responsibilities.overdue(j);
        attributes.put("overdueVisits", overdue.shown());
        attributes.put("overdueCount", overdue.count());
        LocalDate today = properties.today(clock);
        List<Region> rows = new ArrayList<>(subRegions);
        if (scopeRegion != null) {
            rows.add(scopeRegion); // the total, last
        }
        attributes.put("careMonth", today.withDayOfMonth(1));
        attributes.put("careFigures", figures.of(rows, today.withDayOfMonth(1), today, COUNTED, j));
        attributes.put("latestActivities", activities.latest(j, LATEST));
        attributes.put("latestContacts", pairings.recentContacts(j, LATEST));
    }

    private static boolean keepsCare(SignedInUser user) {
        Jurisdiction j = user.jurisdiction();
        return switch (user.role()) {
            case COUNTY, TOWN, VILLAGE, INSPECTOR -> j.regionPrefix() != null && j.organisationId() == null;
            default -> false;
        };
    }
}
