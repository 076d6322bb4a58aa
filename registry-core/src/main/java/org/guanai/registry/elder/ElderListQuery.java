package org.guanai.registry.elder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.CappedCount;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.IdNumberRules;
import org.guanai.registry.person.LikePatterns;
import org.guanai.registry.person.Masks;
import org.guanai.registry.person.NameGrams;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.Pinyin;
import org.guanai.registry.person.ResidentIdNumber;
import org.guanai.registry.person.Sex;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.shared.KeysetCursor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The elders' list in SQL: jurisdiction prefix first, filters, keyset paging, a capped count. */
@Component
class ElderListQuery {

    static final int COUNT_LIMIT = 10_000;

    private final NamedParameterJdbcTemplate jdbc;

    ElderListQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many elders the filter finds, without reading any of them: a figure on a page, not a list. */
    CappedCount count(ElderFilter f, Jurisdiction jurisdiction, LocalDate today) {
        String prefix = jurisdiction.regionPrefix();
        if (prefix == null) {
            return new CappedCount(0, false);
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        long counted = countUpToTheCap(where(f, prefix, today, p), p);
        return new CappedCount(Math.min(counted, COUNT_LIMIT), counted > COUNT_LIMIT);
    }

    private long countUpToTheCap(StringBuilder where, MapSqlParameterSource p) {
        return jdbc.queryForObject("select count(*) from (select 1 from elder e" + where + " limit " + (COUNT_LIMIT + 1)
                + ") t", p, Long.class);
    }

    ElderPage page(ElderFilter f, Jurisdiction jurisdiction, LocalDate today, int pageSize) {
        String prefix = jurisdiction.regionPrefix();
        if (prefix == null) {
            return new ElderPage(List.of(), 0, false, null);
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder w = where(f, prefix, today, p);
        long counted = countUpToTheCap(w, p);

        boolean byName = f.sortOrDefault() == ElderFilter.Sort.NAME;
        KeysetCursor<String> after = KeysetCursor.parse(f.after(), Function.identity());
        if (after != null) {
            if (byName) {
                w.append(" and (e.pinyin_full, e.id) > (:afterKey, :afterId)");
                p.addValue("afterKey", after.key());
            } else {
                w.append(" and e.id < :afterId");
            }
            p.addValue("afterId", after.id());
        }
        String order = byName ? " order by e.pinyin_full, e.id" : " order by e.id desc";
        // The page's ids first, then their rows, as for children: a scope's newest elders, or those with one
        // character in their name, come from the village index alone (V20).
        String sql = """
                select e.id, e.name, e.sex, e.birth_date, e.id_number, e.living_arrangement, e.health, e.self_care,
                       e.last_visit_date, e.status, e.pinyin_full, v.name as village_name, t.name as town_name
                from elder e
                join (select e.id from elder e""" + w + order + " limit " + (pageSize + 1) + """
                ) page on page.id = e.id
                join region v on v.code = e.village_code left join region t on t.code = v.parent_code
                """ + order;
        List<String> cursors = new ArrayList<>();
        List<ElderRow> rows = jdbc.query(sql, p, (rs, i) -> {
            cursors.add(KeysetCursor.format(byName ? rs.getString("pinyin_full") : rs.getLong("id"), rs.getLong("id")));
            return row(rs, today);
        });
        String next = null;
        if (rows.size() > pageSize) {
            rows = rows.subList(0, pageSize);
            next = cursors.get(pageSize - 1);
        }
        return new ElderPage(rows, Math.min(counted, COUNT_LIMIT), counted > COUNT_LIMIT, next);
    }

    private static String upgrade(String fifteen) {
        try {
            return ResidentIdNumber.parse(fifteen).value();
        } catch (ResidentIdNumber.Invalid e) {
            return fifteen;
        }
    }

    private static ElderRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        String living = rs.getString("living_arrangement");
        String health = rs.getString("health");
        String selfCare = rs.getString("self_care");
        return new ElderRow(rs.getLong("id"), rs.getString("name"), Sex.valueOf(rs.getString("sex")), birth,
                Period.between(birth, today).getYears(), Masks.idNumber(rs.getString("id_number")),
                rs.getString("town_name"), rs.getString("village_name"),
                living == null ? null : LivingArrangement.valueOf(living), health == null ? null : Health.valueOf(health),
                selfCare == null ? null : SelfCare.valueOf(selfCare), rs.getObject("last_visit_date", LocalDate.class),
                PersonStatus.valueOf(rs.getString("status")));
    }

    /** The elders of a roster export, in roster order (village, then name): ids only, loaded in chunks after. */
    List<Long> rosterIds(ElderFilter f, Jurisdiction jurisdiction, LocalDate today) {
        String prefix = jurisdiction.regionPrefix();
        if (prefix == null) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder w = where(f, prefix, today, p);
        return jdbc.queryForList("select e.id from elder e" + w + " order by e.village_code, e.pinyin_full, e.id", p,
                Long.class);
    }

    private static StringBuilder where(ElderFilter f, String prefix, LocalDate today, MapSqlParameterSource p) {
        p.addValue("scopeLow", RegionCode.lowestWithPrefix(prefix)).addValue("scopeHigh", RegionCode.highestWithPrefix(prefix));
        StringBuilder w = new StringBuilder(" where e.village_code between :scopeLow and :scopeHigh and e.status = :status");
        p.addValue("status", f.statusOrDefault().name());
        String scopePrefix = prefix;
        if (f.region() != null && RegionCode.isValid(f.region())) {
            String region = RegionCode.of(f.region()).prefix();
            scopePrefix = RegionCode.narrowerPrefix(prefix, region);
            w.append(" and e.village_code between :regionLow and :regionHigh");
            p.addValue("regionLow", RegionCode.lowestWithPrefix(region));
            p.addValue("regionHigh", RegionCode.highestWithPrefix(region));
        }
        if (f.livingArrangement() != null) {
            w.append(" and e.living_arrangement = :living");
            p.addValue("living", f.livingArrangement().name());
        }
        if (f.selfCare() != null) {
            w.append(" and e.self_care = :selfCare");
            p.addValue("selfCare", f.selfCare().name());
        }
        if (f.health() != null) {
            w.append(" and e.health = :health");
            p.addValue("health", f.health().name());
        }
        if (Boolean.TRUE.equals(f.incomplete())) {
            w.append(" and e.incomplete");
        }
        if (f.notVisitedDays() != null && f.notVisitedDays() >= 0) {
            w.append(" and (e.last_visit_date is null or e.last_visit_date < :visitedSince)");
            p.addValue("visitedSince", today.minusDays(f.notVisitedDays()));
        }
        String q = f.q() == null ? "" : f.q().strip();
        if (!q.isEmpty()) {
            String normalised = ResidentIdNumber.normalise(q);
            if (IdNumberRules.looksLikeIdNumber(normalised)) {
                w.append(" and e.id_number = :idNumber");
                p.addValue("idNumber", normalised.length() == 15 ? upgrade(normalised) : normalised);
            } else if (Pinyin.isPinyinQuery(q)) {
                w.append(" and (e.pinyin_full like :pinyin or e.pinyin_initials like :pinyin)");
                p.addValue("pinyin", LikePatterns.startingWith(q.toLowerCase()));
            } else {
                w.append(NameGrams.nameContains("e", q, scopePrefix, p));
            }
        }
        return w;
    }
}
