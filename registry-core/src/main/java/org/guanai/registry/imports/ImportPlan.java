package org.guanai.registry.imports;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/** Every row of a roster with what confirming would do, and the counts the clerk confirms. */
public record ImportPlan<D>(List<PlannedRow<D>> rows, List<RowProblem> fileProblems, int hiddenRows) {

    /**
     * Serializable: shown after the commit's redirect as a flash attribute, which lives in the session store.
     * {@code errors} counts a problem of the file as a whole as one more; {@code withGaps} the rows written with
     * missing values.
     */
    public record Counts(int total, int created, int changed, int unchanged, int errors, int conflicts, int hidden,
            int withGaps, boolean fileProblem) implements Serializable {

        /** 全部无误才导入: every row is written or unchanged. */
        public boolean committableWhole() {
            return total > 0 && errors == 0 && conflicts == 0;
        }

        /** 导入无误的行: some rows would be written, and the file as a whole was read. */
        public boolean committableValidRows() {
            return created + changed > 0 && !fileProblem;
        }

        public boolean committable(ImportMode mode) {
            return mode == ImportMode.WHOLE ? committableWhole() : committableValidRows();
        }
    }

    public Counts counts() {
        int[] c = new int[PlannedRow.Outcome.values().length];
        rows.forEach(r -> c[r.outcome().ordinal()]++);
        int errors = c[PlannedRow.Outcome.ERROR.ordinal()] + (fileProblems.isEmpty() ? 0 : 1);
        int withGaps = (int) rows.stream().filter(r -> r.written() && !r.gaps().isEmpty()).count();
        return new Counts(rows.size(), c[PlannedRow.Outcome.NEW.ordinal()], c[PlannedRow.Outcome.CHANGED.ordinal()],
                c[PlannedRow.Outcome.UNCHANGED.ordinal()], errors, c[PlannedRow.Outcome.CONFLICT.ordinal()], hiddenRows,
                withGaps, !fileProblems.isEmpty());
    }

    /** The missing values of the rows that would be written, row by row. */
    public List<RowProblem> gaps() {
        return rows.stream().filter(PlannedRow::written).flatMap(r -> r.gaps().stream()).toList();
    }

    /** Every problem, the file's own first, then row by row. */
    public List<RowProblem> problems() {
        return Stream.concat(fileProblems.stream(), rows.stream().flatMap(r -> r.problems().stream()))
                .toList();
    }

    public List<PlannedRow<D>> changedRows() {
        return rowsWith(PlannedRow.Outcome.CHANGED);
    }

    public List<PlannedRow<D>> rowsWith(PlannedRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).toList();
    }
}
