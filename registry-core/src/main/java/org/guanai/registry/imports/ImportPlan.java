package org.guanai.registry.imports;

import java.util.List;

/** Every row of a roster with what confirming would do, and the counts the clerk confirms. */
public record ImportPlan<D>(List<PlannedRow<D>> rows, List<RowProblem> fileProblems, int hiddenRows) {

    /** Serializable: shown after the commit's redirect as a flash attribute, which lives in the session store. */
    public record Counts(int total, int created, int changed, int unchanged, int errors, int conflicts, int hidden)
            implements java.io.Serializable {

        public boolean committable() {
            return total > 0 && errors == 0 && conflicts == 0;
        }
    }

    public Counts counts() {
        int[] c = new int[PlannedRow.Outcome.values().length];
        rows.forEach(r -> c[r.outcome().ordinal()]++);
        int errors = c[PlannedRow.Outcome.ERROR.ordinal()] + (fileProblems.isEmpty() ? 0 : 1);
        return new Counts(rows.size(), c[PlannedRow.Outcome.NEW.ordinal()], c[PlannedRow.Outcome.CHANGED.ordinal()],
                c[PlannedRow.Outcome.UNCHANGED.ordinal()], errors, c[PlannedRow.Outcome.CONFLICT.ordinal()], hiddenRows);
    }

    /** Every problem, the file's own first, then row by row. */
    public List<RowProblem> problems() {
        return java.util.stream.Stream.concat(fileProblems.stream(), rows.stream().flatMap(r -> r.problems().stream()))
                .toList();
    }

    public List<PlannedRow<D>> changedRows() {
        return rowsWith(PlannedRow.Outcome.CHANGED);
    }

    public List<PlannedRow<D>> rowsWith(PlannedRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).toList();
    }
}
