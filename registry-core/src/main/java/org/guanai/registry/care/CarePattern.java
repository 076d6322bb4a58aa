package org.guanai.registry.care;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village items of the "456" pattern that the care records show, so nobody ticks them (docs/care.md, "The 456
 * items"): ① 一个儿童之家, ② 一名儿童福利主任, ③ 一支志愿服务团队, ④ 一个童伴妈妈, ⑤ 一所四点半学堂. ⑥ 一站式服务 is no record's
 * to show and stays a tick.
 */
@Service
@Transactional(readOnly = true)
public class CarePattern {

    /** A village item as the records show it: built since the first record's day, with what shows it. */
    public record Shown(LocalDate since, String what) {
    }

    /** The village items' numbers (in the Longli plan's numbering) and the records that show each. */
    public static final Map<Integer, String> VILLAGE_ITEMS = new TreeMap<>(Map.of(
            1, "select region_code, min(created_at)::date, string_agg(name, '、' order by name) from care_place"
                    + " where status = 'OPEN' and kind in ('CHILDREN_HOME', 'LEFT_BEHIND_HOME')",
            2, "select region_code, min(created_at)::date, string_agg(name, '、' order by name) from carer"
                    + " where active and role in ('WELFARE_DIRECTOR', 'CHILDREN_DIRECTOR')",
            3, "select region_code, min(created_at)::date, string_agg(distinct team, '、') from carer"
                    + " where active and role = 'VOLUNTEER' and team is not null",
            4, "select region_code, min(created_at)::date, string_agg(name, '、' order by name) from carer"
                    + " where active and role = 'COMPANION_MOTHER'",
            5, "select region_code, min(created_at)::date, string_agg(name, '、' order by name) from care_place"
                    + " where status = 'OPEN' and kind = 'AFTER_SCHOOL'"));

    private final NamedParameterJdbcTemplate jdbc;

    CarePattern(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For each village of the code range, the items its records show (item number → how). */
    public Map<String, Map<Integer, Shown>> villages(String lowestCode, String highestCode) {
        Map<String, Map<Integer, Shown>> shown = new HashMap<>();
        MapSqlParameterSource range = new MapSqlParameterSource("low", lowestCode).addValue("high", highestCode);
        VILLAGE_ITEMS.forEach((number, select) -> jdbc.query(select
                + " and region_code between :low and :high group by region_code", range, rs -> {
                    shown.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(number, new Shown(rs.getObject(2, LocalDate.class), rs.getString(3)));
                }));
        return shown;
    }

    /** One village's items. */
    public Map<Integer, Shown> village(String code) {
        return villages(code, code).getOrDefault(code, Map.of());
    }

    /** True when the item (of a village) is shown by the records rather than ticked. */
    public static boolean shows(int number) {
        return VILLAGE_ITEMS.containsKey(number);
    }
}
