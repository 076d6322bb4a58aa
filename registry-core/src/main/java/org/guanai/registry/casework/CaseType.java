package org.guanai.registry.casework;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The five responsibilities of the Longli plan (section 五) as case types, plus the two that serve them
 * (delegation and temporary care) and the elders' (abuse, health checks). Stored by name: add values, never rename.
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
    /** 兜底保障 (五（五）); for elders too: 民政 refers them to 人社, 卫计, 扶贫, 残联. */
    SAFETY_NET,
    /** 老年人受侵害: an elder abused or neglected, routed to the police like a mandatory report (五（一）4). */
    ELDER_ABUSE,
    /** 健康体检: a health check by 卫计, with its result (五（一）4), of an elder or a child. */
    HEALTH_CHECK;

    /** The types a case about an elder may have. */
    public static final Set<CaseType> FOR_ELDERS = Collections.unmodifiableSet(
            EnumSet.of(SAFETY_NET, ELDER_ABUSE, HEALTH_CHECK));

    /** The types staff open by hand on a child's page (a mandatory report comes through its form). */
    public static final Set<CaseType> OPENED_FOR_CHILDREN = Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(MANDATORY_REPORT, ELDER_ABUSE)));

    public Workflow workflow() {
        return Workflows.of(this);
    }
}
