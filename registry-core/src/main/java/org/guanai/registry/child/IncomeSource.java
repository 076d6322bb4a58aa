package org.guanai.registry.child;

/** 家庭经济来源 (multi): 打工收入 · 种养殖业 · 政府救助 · 亲朋接济 · 其他. */
public enum IncomeSource {
    WAGES, FARMING, GOVERNMENT_AID, RELATIVES, OTHER
}
