package org.guanai.registry.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One data row of a roster, read and converted: the keys that match it to a registered person, the
 * writer that puts its values onto a person's details (only the columns the sheet has), the cells by
 * the fields they fill, and the problems found while reading its cells.
 *
 * @param cellsByField cells keyed by the field path they fill ({@code father.phone}, {@code childrenAway.name})
 */
public record ImportRow<D>(String sheet, int rowNumber, Keys keys, Consumer<D> writer, Map<String, RowCell> cellsByField,
        List<RowProblem> problems) {

    /** The identity number (normalised, or null), name, birth date and village code as read. */
    public record Keys(String idNumber, String name, LocalDate birthDate, String villageCode) {
    }

    /**
     * The cell behind a validation problem's field: the field itself, then without list indexes
     * ({@code childrenAway[1].phone} → {@code childrenAway.phone}), then its parent path.
     */
    public RowCell cellFor(String field) {
        if (field == null) {
            return null;
        }
        String f = field.replaceAll("\\[\\d+]", "");
        while (true) {
            RowCell cell = cellsByField.get(f);
            if (cell != null) {
                return cell;
            }
            int dot = f.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            f = f.substring(0, dot);
        }
    }

    public RowProblem problem(String field, String messageKey, Object... args) {
        return RowProblem.at(sheet, rowNumber, cellFor(field), messageKey, args);
    }
}
