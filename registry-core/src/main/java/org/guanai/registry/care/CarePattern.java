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
 * The village items of a "456" pattern that the care records show, so nobody ticks them (docs/care.md, "The 456
 * items"). A plan pack names the records that show each of its items ({@code shownByCare}); in Longli's plan ① 一个儿童之家,
 * ② 一名儿童福利主任, ③ 一支志愿服务团队, ④ 一个童伴妈妈, ⑤ 一所四点半学堂. ⑥ 一站式服务 is no record's to show and stays a tick.
 */
@Service
@Transactional(readOnly = true)
public class CarePattern {

    /** A village item as the records show it: built since the first record's day, with what shows it. */
    public record Shown(LocalDate since, String what) {
    }

    /** The records that can show an item, by the name a plan pack gives them. */
    public static final Map<String, String> VILLAGE_ITEMS = new TreeMap<>(Map.of(
            "CHILDREN_HOME", "select region_code, min(created_at)::date, string_agg(name, '、' order by name) from care_place"
                    + " where status = 'OPEN' and kind in ('CHILDREN_HOME', 'LEFT_BEHIND_HOME')",
            "WELFARE_DIRECTOR", "select region_code, min(created_at)::date, string_agg(name, '、' order by name) from carer"
                    + " where active and role in ('WELFARE_DIRECTOR', 'CHILDREN_DIRECTOR')",
            "VOLUNTEER_TEAM", "select region_code, min(created_at)::date, string_agg(distinct team, '、') from carer"
                    + " where active and role = 'VOLUNTEER' and team is not null",
            "COMPANION_MOTHER", "select region_code, min(created_at)::date, string_agg(name, '、' order by name) from carer"
                    + " where active and role = 'COMPANION_MOTHER'",
            "AFTER_SCHOOL_CLASS", "select region_code, min(created_at)::date, string_agg(name, '、' order by name) from care_place"
                    + " where status = 'OPEN' and kind = 'AFTER_SCHOOL'"));

    private final NamedParameterJdbcTemplate jdbc;

    CarePattern(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For each village of the code range, what its records show (the records' name → how). */
    public Map<String, Map<String, Shown>> villages(String lowestCode, String highestCode) {
        Map<String, Map<String, Shown>> shown = new HashMap<>();
        MapSqlParameterSource range = new MapSqlParameterSource("low", lowestCode).addValue("high", highestCode);
        VILLAGE_ITEMS.forEach((records, select) -> jdbc.query(select
                + " and region_code between :low and :high group by region_code", range, rs -> {
                    shown.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(records, new Shown(rs.getObject(2, LocalDate.class), rs.getString(3)));
                }));
        return shown;
    }

    /** One village's items. */
    public Map<String, Shown> village(String code) {
        return villages(code, code).getOrDefault(code, Map.of());
    }

    /** True when {@code records} names records that can show an item. */
    public static boolean shows(String records) {
        return records != null && VILLAGE_ITEMS.containsKey(records);
    }
}
