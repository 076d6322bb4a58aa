package org.guanai.registry.child;

/** 就学情况: 幼儿园 · 未入园 · 小学 · 初中 · 高中 · 中职 · 辍学 · 不在学. */
public enum Schooling {
    KINDERGARTEN, NOT_IN_KINDERGARTEN, PRIMARY, JUNIOR, SENIOR, VOCATIONAL, DROPPED_OUT, NOT_IN_SCHOOL;

    /** 失学辍学: left compulsory education, or aged 14–16 and not in school. */
    public boolean outOfSchool() {
        return this == DROPPED_OUT || this == NOT_IN_SCHOOL;
    }

    /** 在校: at a primary, secondary or vocational school. */
    public boolean inSchool() {
        return this == PRIMARY || this == JUNIOR || this == SENIOR || this == VOCATIONAL;
    }
}
