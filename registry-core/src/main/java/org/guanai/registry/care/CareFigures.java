package org.guanai.registry.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionCodeRange;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care figures of a period per village or town (docs/care.md, "Figures"; the quarterly workbook's columns in
 * docs/reports.md): places and carers as they stand, pairings current in the period, their contacts, activities and
 * participants (person-times) in the period, people under 包保, overdue at the period's end, filed with the police.
 */
@Service
@Transactional(readOnly = true)
public class CareFigures {

    /**
     * What is counted: each a query of (region code, count) over the region coded {@code :lo}–{@code :hi}
     * ({@link RegionCodeRange}), {@code :from}, {@code :to}.
     */
    public enum Measure {
        PLACES("开放场所", "select region_code, count(*) from care_place where status = 'OPEN'"
                + " and region_code between :lo and :hi group by 1"),
        CHILDREN_HOMES("其中儿童之家", "select region_code, count(*) from care_place where status = 'OPEN'"
                + " and kind in ('CHILDREN_HOME', 'LEFT_BEHIND_HOME') and region_code between :lo and :hi group by 1"),
        AFTER_SCHOOL("其中四点半学堂", "select region_code, count(*) from care_place where status = 'OPEN'"
                + " and kind = 'AFTER_SCHOOL' and region_code between :lo and :hi group by 1"),
        CARERS("在岗关爱人员", "select region_code, count(*) from carer where active"
                + " and region_code between :lo and :hi group by 1"),
        DIRECTORS("其中儿童福利主任、儿童主任", "select region_code, count(*) from carer where active"
                + " and role in ('WELFARE_DIRECTOR', 'CHILDREN_DIRECTOR') and region_code between :lo and :hi group by 1"),
        MOTHERS("其中童伴妈妈", "select region_code, count(*) from carer where active and role = 'COMPANION_MOTHER'"
                + " and region_code between :lo and :hi group by 1"),
        VOLUNTEERS("其中志愿者", "select region_code, count(*) from carer where active and role = 'VOLUNTEER'"
                + " and region_code between :lo and :hi group by 1"),
        PAIRINGS("结对帮扶（对）", byPersonsVillage("care_pairing",
                "x.starts_on <= :to and (x.ends_on is null or x.ends_on >= :from)")),
        CONTACTS("结对联系次数", byPersonsVillage("visit",
                "x.pairing_id is not null and x.visit_date between :from and :to")),
        ACTIVITIES("活动次数", "select region_code, count(*) from care_activity where activity_date between :from and :to"
                + " and region_code between :lo and :hi group by 1"),
        PARTICIPANTS("参加人次", """
                select a.region_code, count(*) from care_activity a
                  join care_activity_participant ap on ap.activity_id = a.id
                 where a.activity_date between :from and :to and a.region_code between :lo and :hi group by 1
                """),
        UNDER_CARE("落实包保人数", "select village_code, count(*) from (" + Responsibilities.DUE.formatted(
                "true") + ") under_care group by 1"),
        OVERDUE("逾期未走访人数", "select village_code, count(*) from (" + Responsibilities.DUE.formatted(
                "true") + " where " + Measure.OVERDUE_AT_THE_END + ") overdue group by 1"),
        FILED("派出所备案人数", """
                select c.village_code, count(*) from police_filing f join child c on c.id = f.child_id
                 where c.status = 'ACTIVE' and c.village_code between :lo and :hi group by 1
                """);

        /** A person of the 包保 query overdue at the period's end. */
        private static final String OVERDUE_AT_THE_END = "next_due < :to";

        private final String header;
        private final String sql;

        /**
         * Rows of {@code table} (alias {@code x}, with a person's type and id) meeting {@code condition}, counted by
         * the person's village in {@code :lo}–{@code :hi}: children and elders read apart, so that PostgreSQL can
         * start from either side by its index (as {@link Responsibilities#DUE} does).
         */
        private static String byPersonsVillage(String table, String condition) {
            return """
                    select village_code, count(*) from (
                      select c.village_code from %1$s x join child c on c.id = x.person_id
                       where x.person_type = 'CHILD' and c.village_code between :lo and :hi and (%2$s)
                      union all
                      select e.village_code from %1$s x join elder e on e.id = x.person_id
                       where x.person_type = 'ELDER' and e.village_code between :lo and :hi and (%2$s)
                    ) p group by 1
                    """.formatted(table, condition);
        }

        Measure(String header, String sql) {
            this.header = header;
            this.sql = sql;
        }

        public String header() {
            return header;
        }
    }

    /** One region's figures. */
    public record Figures(String code, String name, Map<Measure, Long> values) {

        public long get(Measure m) {
            return values.getOrDefault(m, 0L);
        }

        public long places() {
            return get(Measure.PLACES);
        }

        public long carers() {
            return get(Measure.CARERS);
        }

        public long pairings() {
            return get(Measure.PAIRINGS);
        }

        public long contacts() {
            return get(Measure.CONTACTS);
        }

        public long activities() {
            return get(Measure.ACTIVITIES);
        }

        public long participants() {
            return get(Measure.PARTICIPANTS);
        }
    }

    /** A period's activities of one kind. */
    public record ByKind(ActivityKind kind, long activities, long participants) {
    }

    /**
     * The people under 包保 and the overdue among them, counted by one reading of the 包保 query where both are asked
     * (a county's: 17 and 35 ms of its figures' 114 on the province set, each reading the county's people).
     */
    private static final Set<Measure> UNDER_CARE_AND_OVERDUE = EnumSet.of(Measure.UNDER_CARE, Measure.OVERDUE);
    static final String UNDER_CARE_AND_OVERDUE_SQL = "select village_code, count(*),"
            + " count(*) filter (where " + Measure.OVERDUE_AT_THE_END + ")"
            + " from (" + Responsibilities.DUE.formatted("true") + ") under_care group by 1";

    private final NamedParameterJdbcTemplate jdbc;

    CareFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures of each of {@code regions} (the rows a page or a sheet shows), over [{@code from}, {@code to}]; a
     * region's figures are its own records' and those of every region under it. Only what the jurisdiction covers.
     */
    public List<Figures> of(List<Region> regions, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        return of(regions, from, to, EnumSet.allOf(Measure.class), jurisdiction);
    }

    /** {@link #of(List, LocalDate, LocalDate, Jurisdiction)} counting {@code measures} alone (the others are 0). */
    public List<Figures> of(List<Region> regions, LocalDate from, LocalDate to, Set<Measure> measures,
            Jurisdiction jurisdiction) {
        MapSqlParameterSource p = CareScope.codeRangeOf(jurisdiction).addValue("from", from).addValue("to", to)
                .addValue("today", to);
        Map<String, Map<Measure, Long>> byCode = new HashMap<>();
        Set<Measure> apart = EnumSet.noneOf(Measure.class);
        apart.addAll(measures);
        if (apart.containsAll(UNDER_CARE_AND_OVERDUE)) {
            apart.removeAll(UNDER_CARE_AND_OVERDUE);
            jdbc.query(UNDER_CARE_AND_OVERDUE_SQL, p, rs -> {
                Map<Measure, Long> values = byCode.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Measure.class));
                values.merge(Measure.UNDER_CARE, rs.getLong(2), Long::sum);
                values.merge(Measure.OVERDUE, rs.getLong(3), Long::sum);
            });
        }
        for (Measure m : apart) {
            jdbc.query(m.sql, p, rs -> {
                byCode.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Measure.class)).merge(m, rs.getLong(2),
                        Long::sum);
            });
        }
        List<Figures> rows = new ArrayList<>();
        for (Region region : regions) {
            String regionPrefix = RegionCode.of(region.getCode()).prefix();
            Map<Measure, Long> sum = new EnumMap<>(Measure.class);
            byCode.forEach((code, values) -> {
                if (code.startsWith(regionPrefix) && jurisdiction.coversRegion(RegionCode.of(code))) {
                    values.forEach((m, n) -> sum.merge(m, n, Long::sum));
                }
            });
            rows.add(new Figures(region.getCode(), region.getName(), sum));
        }
        return rows;
    }

    /** The activities of the period under {@code region} by kind, every kind listed. */
    public List<ByKind> byKind(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        MapSqlParameterSource scope = CareScope.codeRangeOf(jurisdiction);
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query("""
                select a.kind, count(distinct a.id),
                       count(ap.person_id)
                  from care_activity a left join care_activity_participant ap on ap.activity_id = a.id
                 where a.activity_date between :from and :to and a.region_code between :lo and :hi
                   and a.region_code between :scopeLo and :scopeHi
                 group by a.kind
                """, RegionCodeRange.params(region.prefix()).addValue("from", from).addValue("to", to)
                .addValue("scopeLo", scope.getValue("lo")).addValue("scopeHi", scope.getValue("hi")), rs -> {
                    counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        List<ByKind> rows = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.values()) {
            long[] n = counts.getOrDefault(kind.name(), new long[2]);
            rows.add(new ByKind(kind, n[0], n[1]));
        }
        return rows;
    }
}
