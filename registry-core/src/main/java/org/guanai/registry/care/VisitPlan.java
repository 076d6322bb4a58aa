package org.guanai.registry.care;

/** How often a responsible person visits, in months: key targets and the others; set per county. */
public record VisitPlan(int keyTargetMonths, int otherMonths) {

    /** Without a county's setting: key targets monthly, the others quarterly (docs/care.md, "Visit plan"). */
    public static final VisitPlan DEFAULT = new VisitPlan(1, 3);
}
