package org.guanai.registry.elder;

/** 居住方式: 独居 · 与配偶同住 · 与孙辈同住 · 其他. */
public enum LivingArrangement {
    ALONE, WITH_SPOUSE, WITH_GRANDCHILDREN, OTHER_ARRANGEMENT
}
