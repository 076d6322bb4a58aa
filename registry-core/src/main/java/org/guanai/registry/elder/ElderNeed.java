package org.guanai.registry.elder;

/** Needs (attachment 7): 精神慰藉 · 生活照料 · 医疗 · 其他. */
public enum ElderNeed {
    COMPANIONSHIP, DAILY_CARE, MEDICAL_CARE, OTHER_NEED
}
