package org.guanai.registry.person;

/** 身体情况: 健康 · 残疾 · 患病 (患病 means 重特大疾病, incl. 严重精神障碍). */
public enum Health {
    HEALTHY, DISABLED, ILL
}
