package org.guanai.registry.report;

import static org.guanai.registry.report.Attachment3Column.*;

import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attachment 3 of one town counted again, apart from {@link Attachment3Query}: the rows are read plainly and each
 * column's rule (docs/reports.md) is applied here in Java, so that a report can be compared with it cell by cell.
 */
final class IndependentCount {

    private IndependentCount() {
    }

    static Map<Attachment3Column, Integer> of(JdbcTemplate jdbc, RegionCode town, ReportPeriod period) {
        String prefix = town.prefix();
        Map<Attachment3Column, Integer> n = new EnumMap<>(Attachment3Column.class);
        for (Attachment3Column c : Attachment3Column.values()) {
            n.put(c, 0);
        }
        List<Map<String, Object>> children = jdbc.queryForList("""
                select flag_unattended, flag_one_away_incapable, flag_dropout, flag_no_hukou, flag_serious_illness,
                       flag_disabled
                from child where status = 'ACTIVE' and left_behind and village_code like ?
                """, prefix + "%");
        for (Map<String, Object> c : children) {
            add(n, LEFT_BEHIND_TOTAL, true);
            add(n, UNATTENDED, (Boolean) c.get("flag_unattended"));
            add(n, ONE_AWAY_OTHER_INCAPABLE, (Boolean) c.get("flag_one_away_incapable"));
            add(n, OUT_OF_SCHOOL, (Boolean) c.get("flag_dropout"));
            add(n, DROPOUTS, (Boolean) c.get("flag_dropout"));
            add(n, NO_HUKOU, (Boolean) c.get("flag_no_hukou"));
            add(n, WITHOUT_HUKOU, (Boolean) c.get("flag_no_hukou"));
            add(n, ILL_OR_DISABLED, (Boolean) c.get("flag_serious_illness") || (Boolean) c.get("flag_disabled"));
        }
        Set<Object> assisted = new HashSet<>();
        List<Map<String, Object>> actions = jdbc.queryForList("""
                select a.id, a.step, f.case_type, f.child_id
                from case_action a join case_file f on f.id = a.case_id
                where f.region_code like ? and a.at >= ? and a.at < ?
                """, prefix + "%", Timestamp.from(period.from()), Timestamp.from(period.to()));
        for (Map<String, Object> a : actions) {
            Map<String, String> values = new HashMap<>();
            jdbc.query("select field, value from case_action_value where action_id = ?",
                    rs -> {
                        values.put(rs.getString(1), rs.getString(2));
                    }, a.get("id"));
            String step = (String) a.get("step");
            String type = (String) a.get("case_type");
            add(n, PARENT_RETURNED, step.equals("recordArrangement") && "PARENT_RETURNED".equals(values.get("arrangement")));
            add(n, DELEGATED, step.equals("recordArrangement") && "DELEGATED".equals(values.get("arrangement")));
            add(n, CONFIRMATIONS_SIGNED, type.equals("DELEGATION") && step.equals("sign"));
            add(n, MANDATORY_REPORTS, type.equals("MANDATORY_REPORT") && step.equals("open"));
            add(n, EMERGENCIES_HANDLED, type.equals("MANDATORY_REPORT") && step.equals("accept"));
            add(n, TEMPORARY_CARE_VILLAGE, step.equals("escort") && "VILLAGE".equals(values.get("escortedTo")));
            add(n, TEMPORARY_CARE_RESCUE_STATION, step.equals("escort")
                    && "RESCUE_STATION".equals(values.get("escortedTo")));
            add(n, TEMPORARY_CARE_WELFARE_INSTITUTION, step.equals("escort")
                    && "WELFARE_INSTITUTION".equals(values.get("escortedTo")));
            add(n, ADMONISHED, step.equals("intervene") && "ADMONISH".equals(values.get("intervention")));
            // Revocations are the court's rulings that grant an application (docs/reports.md), not the applications.
            add(n, GUARDIANSHIP_REVOKED, step.equals("courtRuling") && "GRANTED".equals(values.get("ruling")));
            add(n, RETURNED_TO_SCHOOL, type.equals("DROPOUT") && step.equals("backToSchool"));
            add(n, HUKOU_REGISTERED, type.equals("HUKOU") && step.equals("register"));
            if (type.equals("SAFETY_NET") && step.equals("grant")) {
                assisted.add(a.get("child_id"));
            }
        }
        n.put(SOCIAL_ASSISTANCE, assisted.size());
        return n;
    }

    private static void add(Map<Attachment3Column, Integer> n, Attachment3Column column, boolean counts) {
        if (counts) {
            n.merge(column, 1, Integer::sum);
        }
    }
}
