package org.guanai.registry.report;

import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionCodeRange;
import org.guanai.registry.region.RegionLevel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where attachment 3 is counted, for every town of a region in two queries: totals from the
 * registry (active left-behind children), events from the case logs within the reporting period. The step codes
 * and values named here are those of {@code casework.Workflows} and {@code CaseField}; a test keeps them in
 * step.
 */
@Component
public class Attachment3Query {

    /** The case steps and recorded values the event columns count. */
    static final String ARRANGEMENT_STEP = "recordArrangement";
    static final String SIGN_STEP = "sign";
    static final String OPEN_STEP = "open";
    static final String ACCEPT_STEP = "accept";
    static final String ESCORT_STEP = "escort";
    static final String GRANT_STEP = "grant";
    static final String INTERVENE_STEP = "intervene";
    static final String RULING_STEP = "courtRuling";
    static final String BACK_TO_SCHOOL_STEP = "backToSchool";
    static final String REGISTER_STEP = "register";
    /** The steps counted in every case type; the opening is counted for mandatory reports only. */
    static final List<String> COUNTED_STEPS = List.of(ARRANGEMENT_STEP, SIGN_STEP, ACCEPT_STEP, ESCORT_STEP,
            GRANT_STEP, INTERVENE_STEP, RULING_STEP, BACK_TO_SCHOOL_STEP, REGISTER_STEP);

    private final NamedParameterJdbcTemplate jdbc;

    Attachment3Query(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures of every town in {@code region}'s subtree with any child or case, by town code: the totals as they
     * stand now, the events recorded within {@code period} (by the instant they were recorded, which nobody can
     * backdate, so an event entered late is counted in the period it was entered in). Each query
     * reads only what it counts (docs/performance-history.md): the children through a covering
     * index, grouped by village and summed here; of the case log, the counted steps in the period and the
     * openings of mandatory reports, each found through its own index; the children assisted apart, as the one
     * distinct count.
     */
    @Transactional(readOnly = true)
    public Map<String, Attachment3Figures> byTown(RegionCode region, ReportPeriod period) {
        MapSqlParameterSource params = RegionCodeRange.params(region.prefix())
                .addValue("from", Timestamp.from(period.from()))
                .addValue("to", Timestamp.from(period.to()))
                .addValue("steps", COUNTED_STEPS)
                .addValue("open", OPEN_STEP)
                .addValue("arrangement", ARRANGEMENT_STEP).addValue("sign", SIGN_STEP)
                .addValue("accept", ACCEPT_STEP).addValue("escort", ESCORT_STEP).addValue("grant", GRANT_STEP)
                .addValue("intervene", INTERVENE_STEP).addValue("ruling", RULING_STEP)
                .addValue("backToSchool", BACK_TO_SCHOOL_STEP)
                .addValue("register", REGISTER_STEP);
        Map<String, EnumMap<Attachment3Column, Integer>> rows = new TreeMap<>();
        jdbc.query("""
                select village_code,
                       count(*) as total,
                       count(*) filter (where flag_unattended) as unattended,
                       count(*) filter (where flag_one_away_incapable) as one_away,
                       count(*) filter (where flag_dropout) as dropout,
                       count(*) filter (where flag_no_hukou) as no_hukou,
                       count(*) filter (where flag_serious_illness or flag_disabled) as ill_or_disabled
                from child
                where status = 'ACTIVE' and left_behind and village_code between :lo and :hi
                group by village_code
                """, params, rs -> {
                    var row = rows.computeIfAbsent(townOf(rs.getString("village_code")),
                            t -> new EnumMap<>(Attachment3Column.class));
                    add(row, Attachment3Column.LEFT_BEHIND_TOTAL, rs.getInt("total"));
                    add(row, Attachment3Column.UNATTENDED, rs.getInt("unattended"));
                    add(row, Attachment3Column.ONE_AWAY_OTHER_INCAPABLE, rs.getInt("one_away"));
                    add(row, Attachment3Column.OUT_OF_SCHOOL, rs.getInt("dropout"));
                    add(row, Attachment3Column.NO_HUKOU, rs.getInt("no_hukou"));
                    add(row, Attachment3Column.ILL_OR_DISABLED, rs.getInt("ill_or_disabled"));
                    add(row, Attachment3Column.DROPOUTS, rs.getInt("dropout"));
                    add(row, Attachment3Column.WITHOUT_HUKOU, rs.getInt("no_hukou"));
                });
        // A case's opening is counted for mandatory reports only; every case has one, so the openings are taken
        // from the reports' side rather than filtered out of all the period's openings.
        jdbc.query("""
                with counted as (
                    select a.id, a.case_id, a.step
                    from case_action a
                    where a.step in (:steps) and a.at >= :from and a.at < :to
                    union all
                    select a.id, a.case_id, a.step
                    from case_file r
                    join case_action a on a.case_id = r.id and a.step = :open and a.at >= :from and a.at < :to
                    where r.case_type = 'MANDATORY_REPORT' and r.region_code between :lo and :hi
                )
                select substr(f.region_code, 1, 9) || '000' as town,
                       count(*) filter (where a.step = :arrangement and arr.value = 'PARENT_RETURNED') as parent_returned,
                       count(*) filter (where a.step = :arrangement and arr.value = 'DELEGATED') as delegated,
                       count(*) filter (where f.case_type = 'DELEGATION' and a.step = :sign) as signed,
                       count(*) filter (where f.case_type = 'MANDATORY_REPORT' and a.step = :open) as reports,
                       count(*) filter (where f.case_type = 'MANDATORY_REPORT' and a.step = :accept) as accepted,
                       count(*) filter (where a.step = :escort and esc.value = 'VILLAGE') as care_village,
                       count(*) filter (where a.step = :escort and esc.value = 'RESCUE_STATION') as care_rescue,
                       count(*) filter (where a.step = :escort and esc.value = 'WELFARE_INSTITUTION') as care_welfare,
                       count(*) filter (where a.step = :intervene and itv.value = 'ADMONISH') as admonished,
                       count(*) filter (where a.step = :ruling and rul.value = 'GRANTED') as revoked,
                       count(*) filter (where f.case_type = 'DROPOUT' and a.step = :backToSchool) as back_to_school,
                       count(*) filter (where f.case_type = 'HUKOU' and a.step = :register) as registered
                from counted a
                join case_file f on f.id = a.case_id
                left join case_action_value arr on arr.action_id = a.id and arr.field = 'arrangement'
                left join case_action_value esc on esc.action_id = a.id and esc.field = 'escortedTo'
                left join case_action_value itv on itv.action_id = a.id and itv.field = 'intervention'
                left join case_action_value rul on rul.action_id = a.id and rul.field = 'ruling'
                where f.region_code between :lo and :hi
                group by 1
                """, params, rs -> {
                    var row = rows.computeIfAbsent(rs.getString("town"), t -> new EnumMap<>(Attachment3Column.class));
                    row.put(Attachment3Column.PARENT_RETURNED, rs.getInt("parent_returned"));
                    row.put(Attachment3Column.DELEGATED, rs.getInt("delegated"));
                    row.put(Attachment3Column.CONFIRMATIONS_SIGNED, rs.getInt("signed"));
                    row.put(Attachment3Column.MANDATORY_REPORTS, rs.getInt("reports"));
                    row.put(Attachment3Column.EMERGENCIES_HANDLED, rs.getInt("accepted"));
                    row.put(Attachment3Column.TEMPORARY_CARE_VILLAGE, rs.getInt("care_village"));
                    row.put(Attachment3Column.TEMPORARY_CARE_RESCUE_STATION, rs.getInt("care_rescue"));
                    row.put(Attachment3Column.TEMPORARY_CARE_WELFARE_INSTITUTION, rs.getInt("care_welfare"));
                    row.put(Attachment3Column.ADMONISHED, rs.getInt("admonished"));
                    row.put(Attachment3Column.GUARDIANSHIP_REVOKED, rs.getInt("revoked"));
                    row.put(Attachment3Column.RETURNED_TO_SCHOOL, rs.getInt("back_to_school"));
                    row.put(Attachment3Column.HUKOU_REGISTERED, rs.getInt("registered"));
                });
        // Children, not measures: counted apart, so that only the grants are sorted for the distinct count.
        jdbc.query("""
                select substr(f.region_code, 1, 9) || '000' as town, count(distinct f.child_id) as assisted
                from case_action a
                join case_file f on f.id = a.case_id
                where a.step = :grant and a.at >= :from and a.at < :to
                  and f.case_type = 'SAFETY_NET' and f.region_code between :lo and :hi
                group by 1
                """, params, rs -> {
                    rows.computeIfAbsent(rs.getString("town"), t -> new EnumMap<>(Attachment3Column.class))
                            .put(Attachment3Column.SOCIAL_ASSISTANCE, rs.getInt("assisted"));
                });
        Map<String, Attachment3Figures> figures = new TreeMap<>();
        rows.forEach((town, values) -> figures.put(town, new Attachment3Figures(values)));
        return figures;
    }

    private static String townOf(String villageCode) {
        return RegionCode.of(villageCode).ancestorAt(RegionLevel.TOWN).value();
    }

    private static void add(EnumMap<Attachment3Column, Integer> row, Attachment3Column column, int value) {
        row.merge(column, value, Integer::sum);
    }

    /** The active elders of a region: the length of its attachment 6 roster. */
    @Transactional(readOnly = true)
    public int elders(RegionCode region) {
        Integer n = jdbc.queryForObject("select count(*) from elder where status = 'ACTIVE' and village_code between :lo and :hi",
                RegionCodeRange.params(region.prefix()), Integer.class);
        return n == null ? 0 : n;
    }

    /** One town's figures (zeros when it has no child and no case). */
    public Attachment3Figures forTown(RegionCode town, ReportPeriod period) {
        return byTown(town, period).getOrDefault(town.value(), Attachment3Figures.zero());
    }
}
