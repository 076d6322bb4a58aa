package org.guanai.registry.roster;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One column of a roster form: where it sits in the header tree, the fields it fills (so a validation
 * problem finds its cell), its width, its drop-down options and note, how a person prints in it, and how
 * a cell of it is read onto a person (null for printed-only columns such as 序号 and 年龄).
 */
public record RosterColumn<D>(String group, String header, List<String> aliases, List<String> fields, int width,
        List<String> options, String note, Function<RosterEntry<D>, Object> value, Reader<D> reader) {

    /** Reads a cell; returns the write it makes on a person's details, or null for none. */
    @FunctionalInterface
    interface Reader<D> {
        Consumer<D> read(CellInput cell, RowScratch row);
    }

    /** The header texts this column answers to, normalised. */
    List<String> names() {
        return Stream.concat(Stream.of(header), aliases.stream())
                .map(RosterColumn::normalise).toList();
    }

    /** Headers compare without spaces, line breaks, asterisks and bracket style. */
    static String normalise(String header) {
        return header == null ? "" : CellInput.halfWidth(header).replaceAll("[\\s*＊]", "").replace('(', '（')
                .replace(')', '）');
    }
}
