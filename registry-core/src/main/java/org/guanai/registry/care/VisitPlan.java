package org.guanai.registry.care;

import java.time.LocalDate;

/** How often a responsible person visits, in months: key targets and the others; set per county. */
public record VisitPlan(int keyTargetMonths, int otherMonths) {

    /** Without a county's setting: key targets monthly, the others quarterly (docs/care.md, "Visit plan"). */
    public static final VisitPlan DEFAULT = new VisitPlan(1, 3);

    /**
     * When the next visit is due: the plan's months after the last contact, or after the assignment before any
     * (docs/care.md). The lists compute the same in SQL (Responsibilities.DUE); a test holds the two together.
     */
    public LocalDate nextVisitDue(LocalDate lastVisit, LocalDate assignedOn, boolean keyTarget) {
        return (lastVisit != null ? lastVisit : assignedOn).plusMonths(keyTarget ? keyTargetMonths : otherMonths);
    }
}
