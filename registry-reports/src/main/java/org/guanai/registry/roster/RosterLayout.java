package org.guanai.registry.roster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A roster form declared in one place: its title, its columns (each with its header, value and
 * reader), the headers without which a sheet cannot be imported, and the notes printed under it. The
 * writer, the template, the reader and the error report all work from this one declaration, so a
 * revised provincial form is a change to one layout.
 */
public record RosterLayout<D>(String title, String sheetName, List<RosterColumn<D>> columns, List<String> required,
        List<String> notes) {

    public RosterLayout {
        columns = List.copyOf(columns);
        required = List.copyOf(required);
        notes = List.copyOf(notes);
    }

    /** Two header rows when any column sits under a group, else one. */
    public int headerDepth() {
        return columns.stream().anyMatch(c -> c.group() != null) ? 2 : 1;
    }

    /**
     * The top header row as spans: a column without a group is a span of its own ({@code group} null),
     * consecutive columns of one group share a span. The workbook and any HTML view of the form read it.
     */
    public record Span(String group, int first, int last) {
    }

    public List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < columns.size()) {
            String group = columns.get(i).group();
            int end = i;
            while (group != null && end + 1 < columns.size() && group.equals(columns.get(end + 1).group())) {
                end++;
            }
            spans.add(new Span(group, i, end));
            i = end + 1;
        }
        return spans;
    }

    /** The groups in order of first appearance. */
    Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        columns.forEach(c -> {
            if (c.group() != null) {
                groups.add(c.group());
            }
        });
        return groups;
    }

    /** Every header and group text, normalised: what a header row is recognised by. */
    Set<String> headerWords() {
        Set<String> words = new LinkedHashSet<>();
        for (RosterColumn<D> c : columns) {
            words.addAll(c.names());
            if (c.group() != null) {
                words.add(RosterColumn.normalise(c.group()));
            }
        }
        return words;
    }

    List<RosterColumn<D>> readable() {
        List<RosterColumn<D>> list = new ArrayList<>();
        columns.forEach(c -> {
            if (c.reader() != null) {
                list.add(c);
            }
        });
        return list;
    }
}
