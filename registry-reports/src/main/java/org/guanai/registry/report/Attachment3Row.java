package org.guanai.registry.report;

/** One row of attachment 3 as printed: the town (or 合计), its figures and the 备注. */
public record Attachment3Row(String regionName, Attachment3Figures figures, String remark) {
}
