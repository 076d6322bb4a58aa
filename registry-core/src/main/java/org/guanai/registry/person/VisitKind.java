package org.guanai.registry.person;

/** 家访 · 探访 · 随访 · 电话. */
public enum VisitKind {
    HOME, CALL_ON, FOLLOW_UP, PHONE
}
