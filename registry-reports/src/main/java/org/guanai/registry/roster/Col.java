package org.guanai.registry.roster;

import java.util.List;
import java.util.function.Function;

/** A terse builder for the column declarations of the roster layouts. */
public final class Col<D> {

    private final String group;
    private final String header;
    private List<String> aliases = List.of();
    private List<String> fields = List.of();
    private int width = 10;
    private List<String> options = List.of();
    private String note = "";
    private Function<RosterEntry<D>, Object> value = e -> null;
    private RosterColumn.Reader<D> reader;

    private Col(String group, String header) {
        this.group = group;
        this.header = header;
    }

    public static <D> Col<D> of(String header) {
        return new Col<>(null, header);
    }

    public static <D> Col<D> under(String group, String header) {
        return new Col<>(group, header);
    }

    public Col<D> aliases(String... names) {
        this.aliases = List.of(names);
        return this;
    }

    Col<D> fields(String... names) {
        this.fields = List.of(names);
        return this;
    }

    public Col<D> width(int chars) {
        this.width = chars;
        return this;
    }

    Col<D> options(List<String> labels) {
        this.options = List.copyOf(labels);
        return this;
    }

    public Col<D> note(String text) {
        this.note = text;
        return this;
    }

    public Col<D> prints(Function<RosterEntry<D>, Object> value) {
        this.value = value;
        return this;
    }

    Col<D> reads(RosterColumn.Reader<D> reader) {
        this.reader = reader;
        return this;
    }

    public RosterColumn<D> build() {
        return new RosterColumn<>(group, header, aliases, fields, width, options, note, value, reader);
    }
}
