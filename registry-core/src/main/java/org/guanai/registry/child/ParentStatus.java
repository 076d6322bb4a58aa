package org.guanai.registry.child;

/** A parent's situation: 外出务工 (with work place) / 在家 / 无监护能力 / 服刑 / 死亡 / 失联. */
public enum ParentStatus {
    WORKING_AWAY, AT_HOME, INCAPABLE, IN_PRISON, DECEASED, MISSING;

    /** Not able to look after the child at home. */
    public boolean unableToCare() {
        return this == INCAPABLE || this == IN_PRISON || this == DECEASED || this == MISSING;
    }
}
