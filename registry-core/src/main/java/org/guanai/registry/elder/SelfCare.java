package org.guanai.registry.elder;

/** 生活自理能力: 自理 · 半自理 · 不能自理. */
public enum SelfCare {
    SELF, PARTIAL, DEPENDENT
}
