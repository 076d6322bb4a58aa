package org.guanai.registry.child;

/**
 * Who is a 农村留守儿童, as the plan defines it (docs/glossary.md): a minor under 16 with a rural household registration
 * whose parents both work away, or one works away and the other cannot look after the child. Derived from the recorded
 * facts on every save, never ticked. A child without any registration (无户籍) is judged by its parents alone: the plan
 * counts 无户籍留守儿童 among the children it protects. The age limit is {@link ChildValidator#AGE_LIMIT}, checked on
 * every save.
 */
public final class LeftBehindRule {

    private LeftBehindRule() {
    }

    public static boolean qualifies(ChildDetails d) {
        return parentsQualify(d) && ruralOrUnregistered(d);
    }

    /** 父母双方外出务工，或一方外出务工另一方无监护能力. */
    public static boolean parentsQualify(ChildDetails d) {
        return KeyTargets.bothParentsAway(d) || KeyTargets.oneAwayOtherIncapable(d);
    }

    /** 农村户籍, or no registration at all. */
    public static boolean ruralOrUnregistered(ChildDetails d) {
        return !d.isHasHukou() || d.getHukouType() == HukouType.RURAL;
    }
}
