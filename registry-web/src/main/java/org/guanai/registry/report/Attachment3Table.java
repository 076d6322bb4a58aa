package org.guanai.registry.report;

import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.roster.RosterColumn;

/** The two header rows of attachment 3 for an HTML table, taken from the one layout the workbook uses. */
record Attachment3Table(List<Cell> top, List<String> leaves) {

    record Cell(String text, int colspan, int rowspan) {
    }

    static Attachment3Table of() {
        List<RosterColumn<Attachment3Row>> columns = Attachment3Form.layout().columns();
        List<Cell> top = new ArrayList<>();
        List<String> leaves = new ArrayList<>();
        int i = 0;
        while (i < columns.size()) {
            RosterColumn<Attachment3Row> c = columns.get(i);
            if (c.group() == null) {
                top.add(new Cell(c.header(), 1, 2));
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < columns.size() && c.group().equals(columns.get(end + 1).group())) {
                end++;
            }
            top.add(new Cell(c.group(), end - i + 1, 1));
            for (int j = i; j <= end; j++) {
                leaves.add(columns.get(j).header());
            }
            i = end + 1;
        }
        return new Attachment3Table(top, leaves);
    }
}
