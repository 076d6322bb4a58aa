package org.guanai.registry.child;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.person.Assistance;
import org.guanai.registry.person.Health;

/**
 * The key-target flags (重点对象) of a child, derived from the recorded facts and never typed: the one
 * place where each rule is written. Persisted beside the facts by the code path that changes them,
 * so that lists can filter on them.
 */
@Embeddable
public class KeyTargets {

    /** The flags, in the order of the Longli plan; each name is also its message-key suffix. */
    public enum Flag {
        UNATTENDED, ONE_AWAY_OTHER_INCAPABLE, OUT_OF_SCHOOL, NO_HUKOU, HARDSHIP, SERIOUS_ILLNESS, DISABLED
    }

    @Column(name = "flag_unattended")
    private boolean unattended;
    @Column(name = "flag_one_away_incapable")
    private boolean oneAwayOtherIncapable;
    @Column(name = "flag_dropout")
    private boolean outOfSchool;
    @Column(name = "flag_no_hukou")
    private boolean noHukou;
    @Column(name = "flag_hardship")
    private boolean hardship;
    @Column(name = "flag_serious_illness")
    private boolean seriousIllness;
    @Column(name = "flag_disabled")
    private boolean disabled;

    protected KeyTargets() {
    }

    public static KeyTargets of(ChildDetails d) {
        KeyTargets k = new KeyTargets();
        k.unattended = d.getGuardianKind() == GuardianKind.NONE
                || d.getGuardianshipType() == GuardianshipType.UNATTENDED;
        k.oneAwayOtherIncapable = oneAwayOtherIncapable(d.getFather(), d.getMother());
        k.outOfSchool = d.getSchooling() != null && d.getSchooling().outOfSchool();
        k.noHukou = !d.isHasHukou();
        k.hardship = d.getAssistance().stream().anyMatch(Assistance::meansHardship)
                || d.getDifficultyCategories().contains(DifficultyCategory.FAMILY_POVERTY);
        k.seriousIllness = d.getHealth() == Health.ILL;
        k.disabled = d.getHealth() == Health.DISABLED;
        return k;
    }

    /** 父母双方外出: both parents work away. */
    public static boolean bothParentsAway(ChildDetails d) {
        return d.getFather().getStatus() == ParentStatus.WORKING_AWAY
                && d.getMother().getStatus() == ParentStatus.WORKING_AWAY;
    }

    /** 父母一方外出另一方无监护能力. */
    public static boolean oneAwayOtherIncapable(ChildDetails d) {
        return oneAwayOtherIncapable(d.getFather(), d.getMother());
    }

    static boolean oneAwayOtherIncapable(Parent father, Parent mother) {
        return awayAndUnable(father, mother) || awayAndUnable(mother, father);
    }

    private static boolean awayAndUnable(Parent away, Parent other) {
        return away.getStatus() == ParentStatus.WORKING_AWAY && other.getStatus() != null
                && other.getStatus().unableToCare();
    }

    public boolean any() {
        return !flags().isEmpty();
    }

    public List<Flag> flags() {
        List<Flag> flags = new ArrayList<>();
        if (unattended) {
            flags.add(Flag.UNATTENDED);
        }
        if (oneAwayOtherIncapable) {
            flags.add(Flag.ONE_AWAY_OTHER_INCAPABLE);
        }
        if (outOfSchool) {
            flags.add(Flag.OUT_OF_SCHOOL);
        }
        if (noHukou) {
            flags.add(Flag.NO_HUKOU);
        }
        if (hardship) {
            flags.add(Flag.HARDSHIP);
        }
        if (seriousIllness) {
            flags.add(Flag.SERIOUS_ILLNESS);
        }
        if (disabled) {
            flags.add(Flag.DISABLED);
        }
        return flags;
    }

    /** The column a list filter uses for a flag; the names are this class's, not user input. */
    public static String column(Flag flag) {
        return switch (flag) {
            case UNATTENDED -> "flag_unattended";
            case ONE_AWAY_OTHER_INCAPABLE -> "flag_one_away_incapable";
            case OUT_OF_SCHOOL -> "flag_dropout";
            case NO_HUKOU -> "flag_no_hukou";
            case HARDSHIP -> "flag_hardship";
            case SERIOUS_ILLNESS -> "flag_serious_illness";
            case DISABLED -> "flag_disabled";
        };
    }
}
