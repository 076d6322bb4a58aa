package org.guanai.registry.imports;

import java.util.List;
import org.guanai.registry.person.FieldChange;

/**
 * What confirming would do with one row: create, change (with the field changes), nothing, or nothing
 * because of errors or a conflict with a change made in the system after the file was exported. {@code gaps} are the
 * missing values of a row that is written anyway (资料待补充).
 */
public record PlannedRow<D>(int rowNumber, String sheet, String name, Outcome outcome, Long personId,
        long expectedVersion, D details, List<FieldChange> changes, List<RowProblem> problems, List<RowProblem> gaps) {

    public enum Outcome {
        NEW, CHANGED, UNCHANGED, ERROR, CONFLICT
    }

    /** Whether confirming writes this row (a new or a changed person). */
    public boolean written() {
        return outcome == Outcome.NEW || outcome == Outcome.CHANGED;
    }
}
