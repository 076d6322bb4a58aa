package org.guanai.registry.child;

/** 监护类型 (2016 form): 无人监护 · 父或母无监护能力 · 受委托监护人监护能力不足 · 监护情况一般 · 监护情况较好. */
public enum GuardianshipType {
    UNATTENDED, PARENT_INCAPABLE, DELEGATE_INSUFFICIENT, FAIR, GOOD
}
