package org.guanai.registry.imports;

import java.util.List;
import org.guanai.registry.history.FieldChange;

/**
 * What confirming would do with one row: create, change (with the field changes), nothing, or nothing
 * because of errors or a conflict with a change made in the system after the file was exported.
 */
public record PlannedRow<D>(int rowNumber, String sheet, String name, Outcome outcome, Long personId,
        long expectedVersion, D details, List<FieldChange> changes, List<RowProblem> problems) {

    public enum Outcome {
        NEW, CHANGED, UNCHANGED, ERROR, CONFLICT
    }
}
