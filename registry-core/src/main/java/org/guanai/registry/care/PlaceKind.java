package org.guanai.registry.care;

/** 儿童之家 · 留守儿童之家 · 四点半学堂 · 活动中心. Stored by name: add values, never rename. */
public enum PlaceKind {
    CHILDREN_HOME, LEFT_BEHIND_HOME, AFTER_SCHOOL, ACTIVITY_CENTRE
}
