package org.guanai.registry.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Roster rows and files for tests outside this package (the browser journey). */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    /** {@code count} valid children of the demo village 龙山镇中坝村 (522730100201), named prefix + 甲, 乙, 丙 … */
    public static List<Object[]> longshanRows(String prefix, int count) {
        String[] names = {"甲", "乙", "丙", "丁", "戊", "己"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(RosterFiles.child("龙山镇", "中坝村", prefix + names[i], LocalDate.of(2015, 6, 1)));
        }
        return rows;
    }

    public static byte[] filled(byte[] template, List<Object[]> rows) {
        return RosterFiles.filled(template, rows);
    }
}
