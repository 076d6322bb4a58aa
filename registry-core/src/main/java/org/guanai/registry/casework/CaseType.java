package org.guanai.registry.casework;

/**
 * The five responsibilities of the Longli plan (section 五) as case types, plus the two that serve them
 * (delegation and temporary care). Stored by name: add values, never rename.
 */
public enum CaseType {
    /** 监护落实: parents contacted and ordered to return or delegate (五（一）1). */
    GUARDIANSHIP,
    /** 委托监护: a delegate assessed, attachments 1 and 2 signed (五（一）1). */
    DELEGATION,
    /** 临时监护: a child nobody cares for, escorted and placed (五（一）2). */
    TEMPORARY_CARE,
    /** 强制报告: a report by a school, clinic, village … (五（二）). */
    MANDATORY_REPORT,
    /** 控辍保学 (五（三）). */
    DROPOUT,
    /** 户籍登记 (五（四）). */
    HUKOU,
    /** 兜底保障 (五（五）). */
    SAFETY_NET;

    public Workflow workflow() {
        return Workflows.of(this);
    }
}
