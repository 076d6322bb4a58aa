package org.guanai.registry.child;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.CappedCount;
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

/**
 * The children's list in SQL: the jurisdiction's region prefix first, then the filters, keyset paging
 * on (sort key, id) so that a deep page costs what the first one does, and a count that stops at
 * {@link #COUNT_LIMIT} rows instead of scanning a province.
 */
@Component
class ChildListQuery {

    static final int COUNT_LIMIT = 10_000;
    private static final LocalDate NEVER = LocalDate.of(1900, 1, 1);

    private final NamedParameterJdbcTemplate jdbc;

    ChildListQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many children the filter finds, without reading any of them: a figure on a page, not a list. */
    CappedCount count(ChildFilter f, Jurisdiction jurisdiction, LocalDate today) {
        String prefix = jurisdiction.regionPrefix();
        if (prefix == null) {
            return new CappedCount(0, false);
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder where = where(f, prefix, today, p);
        long counted = countUpToTheCap(where, p);
        return new CappedCount(Math.min(counted, COUNT_LIMIT), counted > COUNT_LIMIT);
    }

    /** The jurisdiction's villages and the filter's conditions, as the count, the page and the roster apply them. */
    private StringBuilder where(ChildFilter f, String prefix, LocalDate today, MapSqlParameterSource p) {
        StringBuilder where = new StringBuilder(" where c.village_code between :scopeLow and :scopeHigh");
        p.addValue("scopeLow", RegionCode.lowestWithPrefix(prefix));
        p.addValue("scopeHigh", RegionCode.highestWithPrefix(prefix));
        filters(f, prefix, today, where, p);
        return where;
    }

    private long countUpToTheCap(StringBuilder where, MapSqlParameterSource p) {
        return jdbc.queryForObject("select count(*) from (select 1 from child c" + where + " limit " + (COUNT_LIMIT + 1)
                + ") t", p, Long.class);
    }

    ChildPage page(ChildFilter f, Jurisdiction jurisdiction, LocalDate today, int pageSize) {
        String prefix = jurisdiction.regionPrefix();
        if (prefix == null) {
            return new ChildPage(List.of(), 0, false, null);
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder where = where(f, prefix, today, p);
        long counted = countUpToTheCap(where, p);

        ChildFilter.Sort sort = f.sortOrDefault();
        String key = switch (sort) {
            case RECENT -> "c.id";
            case NAME -> "c.pinyin_full";
            case BIRTH -> "c.birth_date";
            case VISIT -> "coalesce(c.last_visit_date, date '1900-01-01')";
        };
        StringBuilder pageWhere = new StringBuilder(where);
        Cursor cursor = Cursor.parse(f.after(), sort);
        if (cursor != null) {
            if (sort == ChildFilter.Sort.RECENT) {
                pageWhere.append(" and c.id < :afterId");
            } else {
                pageWhere.append(" and (").append(key).append(", c.id) > (:afterKey, :afterId)");
                p.addValue("afterKey", cursor.key());
            }
            p.addValue("afterId", cursor.id());
        }
        String order = sort == ChildFilter.Sort.RECENT ? " order by c.id desc" : " order by " + key + ", c.id";
        // The page's ids first, then their rows: the ids of a filtered, sorted page can come from an index
        // alone (V19), where selecting the rows directly read every matching child from the table.
        String sql = """
                select c.id, c.name, c.sex, c.birth_date, c.id_number, c.guardianship_type, c.schooling,
                       c.last_visit_date, c.status, c.left_behind, c.in_difficulty, c.pinyin_full,
                       c.flag_unattended, c.flag_one_away_incapable, c.flag_dropout, c.flag_no_hukou,
                       c.flag_hardship, c.flag_serious_illness, c.flag_disabled,
                       v.name as village_name, t.name as town_name
                from child c
                join (select c.id from child c""" + pageWhere + order + " limit " + (pageSize + 1) + """
                ) page on page.id = c.id
                join region v on v.code = c.village_code
                left join region t on t.code = v.parent_code
                """ + order;
        List<Object[]> keys = new ArrayList<>();
        List<ChildRow> rows = jdbc.query(sql, p, (rs, i) -> {
            keys.add(new Object[] {sortKey(rs, sort), rs.getLong("id")});
            return row(rs, today);
        });
        String next = null;
        if (rows.size() > pageSize) {
            rows = rows.subList(0, pageSize);
            Object[] last = keys.get(pageSize - 1);
            next = KeysetCursor.format(last[0], (Long) last[1]);
        }
        return new ChildPage(rows, Math.min(counted, COUNT_LIMIT), counted > COUNT_LIMIT, next);
    }

    /** The children of a roster export, in roster order (village, then name): ids only, loaded in chunks after. */
    List<Long> rosterIds(ChildFilter f, Jurisdiction jurisdiction, LocalDate today) {
        String prefix = jurisdiction.regionPrefix();
        if (prefix == null) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder where = where(f, prefix, today, p);
        return jdbc.queryForList("select c.id from child c" + where + " order by c.village_code, c.pinyin_full, c.id", p,
                Long.class);
    }

    /** The filters within a jurisdiction whose region codes start with {@code prefix}. */
    private static void filters(ChildFilter f, String prefix, LocalDate today, StringBuilder w,
            MapSqlParameterSource p) {
        PersonStatus status = f.statusOrDefault();
        w.append(" and c.status = :status");
        p.addValue("status", status.name());
        String scopePrefix = prefix;
        if (f.region() != null && RegionCode.isValid(f.region())) {
            String region = RegionCode.of(f.region()).prefix();
            scopePrefix = RegionCode.narrowerPrefix(prefix, region);
            w.append(" and c.village_code between :regionLow and :regionHigh");
            p.addValue("regionLow", RegionCode.lowestWithPrefix(region));
            p.addValue("regionHigh", RegionCode.highestWithPrefix(region));
        }
        if (f.flag() != null) {
            w.append(" and c.").append(KeyTargets.column(f.flag()));
        }
        if (Boolean.TRUE.equals(f.keyTarget())) {
            w.append(" and c.key_target");
        }
        if (f.category() == ChildFilter.Category.LEFT_BEHIND) {
            w.append(" and c.left_behind");
        } else if (f.category() == ChildFilter.Category.IN_DIFFICULTY) {
            w.append(" and c.in_difficulty");
        }
        if (f.guardianshipType() != null) {
            w.append(" and c.guardianship_type = :guardianshipType");
            p.addValue("guardianshipType", f.guardianshipType().name());
        }
        if (f.schooling() != null) {
            w.append(" and c.schooling = :schooling");
            p.addValue("schooling", f.schooling().name());
        }
        if (f.health() != null) {
            w.append(" and c.health = :health");
            p.addValue("health", f.health().name());
        }
        if (f.ageBand() != null) {
            // Age on today's date: born after today − (to+1) years and on or before today − from years.
            w.append(" and c.birth_date > :bornAfter and c.birth_date <= :bornBy");
            p.addValue("bornAfter", today.minusYears(f.ageBand().to + 1L));
            p.addValue("bornBy", today.minusYears(f.ageBand().from));
        }
        if (Boolean.TRUE.equals(f.dueForExit())) {
            w.append(" and c.birth_date <= :sixteenthBirthday");
            p.addValue("sixteenthBirthday", today.minusYears(ChildValidator.AGE_LIMIT));
        }
        if (Boolean.TRUE.equals(f.incomplete())) {
            w.append(" and c.incomplete");
        }
        if (f.notVisitedDays() != null && f.notVisitedDays() >= 0) {
            w.append(" and (c.last_visit_date is null or c.last_visit_date < :visitedSince)");
            p.addValue("visitedSince", today.minusDays(f.notVisitedDays()));
        }
        String q = f.q() == null ? "" : f.q().strip();
        if (!q.isEmpty()) {
            String normalised = ResidentIdNumber.normalise(q);
            if (IdNumberRules.looksLikeIdNumber(normalised)) {
                w.append(" and c.id_number = :idNumber");
                p.addValue("idNumber", exactIdNumber(normalised));
            } else if (Pinyin.isPinyinQuery(q)) {
                w.append(" and (c.pinyin_full like :pinyin or c.pinyin_initials like :pinyin)");
                p.addValue("pinyin", LikePatterns.startingWith(q.toLowerCase()));
            } else {
                w.append(NameGrams.nameContains("c", q, scopePrefix, p));
            }
        }
    }

    private static String exactIdNumber(String normalised) {
        try {
            return ResidentIdNumber.parse(normalised).value();
        } catch (ResidentIdNumber.Invalid e) {
            return normalised; // matches nothing stored, which is the honest answer
        }
    }

    private static Object sortKey(ResultSet rs, ChildFilter.Sort sort) throws SQLException {
        return switch (sort) {
            case RECENT -> rs.getLong("id");
            case NAME -> rs.getString("pinyin_full");
            case BIRTH -> rs.getObject("birth_date", LocalDate.class);
            case VISIT -> {
                LocalDate d = rs.getObject("last_visit_date", LocalDate.class);
                yield d == null ? NEVER : d;
            }
        };
    }

    private static ChildRow row(ResultSet rs, LocalDate today) throws SQLException {
        List<KeyTargets.Flag> flags = new ArrayList<>();
        for (KeyTargets.Flag flag : KeyTargets.Flag.values()) {
            if (rs.getBoolean(KeyTargets.column(flag))) {
                flags.add(flag);
            }
        }
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        String guardianship = rs.getString("guardianship_type");
        String schooling = rs.getString("schooling");
        return new ChildRow(rs.getLong("id"), rs.getString("name"), Sex.valueOf(rs.getString("sex")), birth,
                Period.between(birth, today).getYears(), Masks.idNumber(rs.getString("id_number")),
                rs.getString("town_name"), rs.getString("village_name"), flags,
                guardianship == null ? null : GuardianshipType.valueOf(guardianship),
                schooling == null ? null : Schooling.valueOf(schooling),
                rs.getObject("last_visit_date", LocalDate.class), PersonStatus.valueOf(rs.getString("status")),
                rs.getBoolean("left_behind"), rs.getBoolean("in_difficulty"));
    }

    /**
     * Where a page ends: the sort key and id of its last row ({@link KeysetCursor#format}). Read here rather than
     * by {@link KeysetCursor#parse}: the newest-first order also takes a bare id.
     */
    record Cursor(Object key, long id) {

        static Cursor parse(String text, ChildFilter.Sort sort) {
            if (text == null || text.isBlank()) {
                return null;
            }
            int sep = text.lastIndexOf('~');
            try {
                long id = Long.parseLong(text.substring(sep + 1));
                String key = text.substring(0, Math.max(sep, 0));
                return switch (sort) {
                    case RECENT -> new Cursor(id, id);
                    case NAME -> new Cursor(key, id);
                    case BIRTH, VISIT -> new Cursor(LocalDate.parse(key), id);
                };
            } catch (RuntimeException e) {
                return null; // a damaged cursor starts again at the first page
            }
        }
    }
}
