package org.guanai.registry.report;

import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.roster.RosterLayout;

/** The two header rows of attachment 3 for an HTML table, taken from the one layout the workbook uses. */
record Attachment3Table(List<Cell> top, List<String> leaves) {

    record Cell(String text, int colspan, int rowspan) {
    }

    static Attachment3Table of() {
        RosterLayout<Attachment3Row> layout = Attachment3Form.layout();
        List<Cell> top = new ArrayList<>();
        List<String> leaves = new ArrayList<>();
        for (RosterLayout.Span span : layout.spans()) {
            if (span.group() == null) {
                top.add(new Cell(layout.columns().get(span.first()).header(), 1, 2));
                continue;
            }
            top.add(new Cell(span.group(), span.last() - span.first() + 1, 1));
            for (int j = span.first(); j <= span.last(); j++) {
                leaves.add(layout.columns().get(j).header());
            }
        }
        return new Attachment3Table(top, leaves);
    }
}
