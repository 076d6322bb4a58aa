package org.guanai.registry.child;

/** 实际监护人: 父亲或母亲 · 祖父母、外祖父母 · 其他亲属朋友 · 无. */
public enum GuardianKind {
    PARENT, GRANDPARENT, OTHER_RELATIVE_OR_FRIEND, NONE
}
