package org.guanai.registry.workbook;

import java.time.Instant;
import java.util.List;

/**
 * A workbook read into plain values. {@code exportedAt} is when this system wrote the file, if it did:
 * rows of people changed in the system after that are conflicts, not updates.
 */
public record WorkbookFile(List<RawSheet> sheets, Instant exportedAt, boolean legacyFormat) {
}
