package org.guanai.registry.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.KeysetCursor;
import org.guanai.registry.shared.LikePatterns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A roster list in SQL, children's or elders': the jurisdiction's region range first, then the filters, keyset paging
 * on (sort key, id) so that a deep page costs what the first one does, and a count that stops at
 * {@link #COUNT_LIMIT} rows instead of scanning a province. Each kind adds its columns, its filters and its row; the
 * table is aliased {@code p}.
 */
public abstract class PersonListQuery<F extends PersonFilter, R> {

    public static final int COUNT_LIMIT = 10_000;
    private static final LocalDate NEVER = LocalDate.of(1900, 1, 1);

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionService regions;
    private final String table;

    protected PersonListQuery(NamedParameterJdbcTemplate jdbc, RegionService regions, String table) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.table = table;
    }

    /** The kind's columns of a list row besides the common ones, each as {@code p.column}, comma-led. */
    protected abstract String ownColumns();

    /** The kind's filters, each appended as {@code " and …"} to {@code where}. */
    protected abstract void ownFilters(F f, LocalDate today, StringBuilder where, MapSqlParameterSource p);

    /** One row of the list; the identity number is masked here, never later. */
    protected abstract R row(ResultSet rs, LocalDate today) throws SQLException;

    /** How many people the filter finds, without reading any of them: a figure on a page, not a list. */
    public CappedCount count(F f, Jurisdiction jurisdiction, LocalDate today) {
        String prefix = jurisdiction.regionPrefix();
        if (prefix == null) {
            return new CappedCount(0, false);
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        long counted = countUpToTheCap(where(f, prefix, today, p), p);
        return new CappedCount(Math.min(counted, COUNT_LIMIT), counted > COUNT_LIMIT);
    }

    public PersonPage<R> page(F f, Jurisdiction jurisdiction, LocalDate today, int pageSize) {
        String prefix = jurisdiction.regionPrefix();
        if (prefix == null) {
            return new PersonPage<>(List.of(), 0, false, null);
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder where = where(f, prefix, today, p);

        ListSort sort = f.sortOrDefault();
        StringBuilder pageWhere = new StringBuilder(where);
        KeysetCursor<?> cursor = KeysetCursor.parse(f.after(), cursorKey(sort));
        if (cursor != null) {
            if (sort == ListSort.RECENT) {
                pageWhere.append(" and p.id < :afterId");
            } else {
                pageWhere.append(" and (").append(keyColumn(sort, "p")).append(", p.id) > (:afterKey, :afterId)");
                p.addValue("afterKey", cursor.key());
            }
            p.addValue("afterId", cursor.id());
        }
        // One statement, no transaction: the capped count, and the page's ids first, then their rows (the ids of a
        // filtered, sorted page can come from an index alone, V19 and V20, where selecting the rows directly read
        // every matching person from the table). The count's one row stays when the page has none. Region names
        // come from memory (RegionService), not from two joins that PostgreSQL planned on every page.
        String sql = "select c.count as counted, r.* from (" + countUpToTheCapSql(where) + ") c"
                + " left join (select p.id, p.name, p.sex, p.birth_date, p.id_number, p.last_visit_date, p.status,"
                + " p.pinyin_full, p.village_code" + ownColumns()
                + " from " + table + " p join (select p.id from " + table + " p" + pageWhere + order(sort, "p")
                + " limit " + (pageSize + 1) + ") page on page.id = p.id) r on true" + order(sort, "r");
        return jdbc.query(sql, p, rs -> {
            long counted = 0;
            List<R> rows = new ArrayList<>();
            Object[] lastShown = null;
            String next = null;
            while (rs.next()) {
                counted = rs.getLong("counted");
                if (rs.getObject("id") == null) {
                    break; // no page: the count's row alone
                }
                if (rows.size() == pageSize) {
                    next = KeysetCursor.format(lastShown[0], (Long) lastShown[1]);
                    break;
                }
                rows.add(row(rs, today));
                lastShown = new Object[] {sortKey(rs, sort), rs.getLong("id")};
            }
            return new PersonPage<>(rows, Math.min(counted, COUNT_LIMIT), counted > COUNT_LIMIT, next);
        });
    }

    /** The village of a list row, by name; from memory. */
    protected String villageName(ResultSet rs) throws SQLException {
        return regions.nameOf(rs.getString("village_code"));
    }

    /** The town of a list row's village, by name; from memory. */
    protected String townName(ResultSet rs) throws SQLException {
        return regions.find(rs.getString("village_code")).flatMap(v -> regions.find(v.getParentCode()))
                .map(Region::getName).orElse(null);
    }

    private static String keyColumn(ListSort sort, String alias) {
        return switch (sort) {
            case RECENT -> alias + ".id";
            case NAME -> alias + ".pinyin_full";
            case BIRTH -> alias + ".birth_date";
            case VISIT -> "coalesce(" + alias + ".last_visit_date, date '1900-01-01')";
        };
    }

    private static String order(ListSort sort, String alias) {
        return sort == ListSort.RECENT ? " order by " + alias + ".id desc"
                : " order by " + keyColumn(sort, alias) + ", " + alias + ".id";
    }

    /**
     * The people of a roster export, in roster order (village, then name): ids only, loaded in chunks after. With
     * {@code among} (not null), only those of them among these ids: read by their keys, not the jurisdiction's whole
     * list.
     */
    public List<Long> rosterIds(F f, Jurisdiction jurisdiction, LocalDate today, Set<Long> among) {
        String prefix = jurisdiction.regionPrefix();
        if (prefix == null || among != null && among.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        StringBuilder where = where(f, prefix, today, p);
        if (among != null) {
            where.append(" and p.id = any(:among)");
            p.addValue("among", among.toArray(Long[]::new));
        }
        return jdbc.queryForList("select p.id from " + table + " p" + where
                + " order by p.village_code, p.pinyin_full, p.id", p, Long.class);
    }

    private long countUpToTheCap(StringBuilder where, MapSqlParameterSource p) {
        return jdbc.queryForObject(countUpToTheCapSql(where), p, Long.class);
    }

    /** The matching people counted up to one past the cap, which tells "more than the cap" from "exactly it". */
    private String countUpToTheCapSql(StringBuilder where) {
        return "select count(*) from (select 1 from " + table + " p" + where + " limit " + (COUNT_LIMIT + 1) + ") t";
    }

    /** The jurisdiction's villages and the filter's conditions, as the count, the page and the roster apply them. */
    private StringBuilder where(F f, String prefix, LocalDate today, MapSqlParameterSource p) {
        StringBuilder w = new StringBuilder(" where p.village_code between :scopeLow and :scopeHigh");
        p.addValue("scopeLow", RegionCode.lowestWithPrefix(prefix));
        p.addValue("scopeHigh", RegionCode.highestWithPrefix(prefix));
        w.append(" and p.status = :status");
        p.addValue("status", f.statusOrDefault().name());
        String scopePrefix = prefix;
        if (f.region() != null && RegionCode.isValid(f.region())) {
            String region = RegionCode.of(f.region()).prefix();
            scopePrefix = RegionCode.narrowerPrefix(prefix, region);
            w.append(" and p.village_code between :regionLow and :regionHigh");
            p.addValue("regionLow", RegionCode.lowestWithPrefix(region));
            p.addValue("regionHigh", RegionCode.highestWithPrefix(region));
        }
        ownFilters(f, today, w, p);
        if (f.health() != null) {
            w.append(" and p.health = :health");
            p.addValue("health", f.health().name());
        }
        if (Boolean.TRUE.equals(f.incomplete())) {
            w.append(" and p.incomplete");
        }
        if (f.notVisitedDays() != null && f.notVisitedDays() >= 0) {
            w.append(" and (p.last_visit_date is null or p.last_visit_date < :visitedSince)");
            p.addValue("visitedSince", today.minusDays(f.notVisitedDays()));
        }
        String q = f.q() == null ? "" : f.q().strip();
        if (!q.isEmpty()) {
            String normalised = ResidentIdNumber.normalise(q);
            if (IdNumberRules.looksLikeIdNumber(normalised)) {
                w.append(" and p.id_number = :idNumber");
                p.addValue("idNumber", exactIdNumber(normalised));
            } else if (Pinyin.isPinyinQuery(q)) {
                w.append(" and (p.pinyin_full like :pinyin or p.pinyin_initials like :pinyin)");
                p.addValue("pinyin", LikePatterns.startingWith(q.toLowerCase()));
            } else {
                w.append(NameGrams.nameContains("p", q, scopePrefix, p));
            }
        }
        return w;
    }

    private static String exactIdNumber(String normalised) {
        try {
            return ResidentIdNumber.parse(normalised).value();
        } catch (ResidentIdNumber.Invalid e) {
            return normalised; // matches nothing stored, which is the honest answer
        }
    }

    /** How a cursor's key is read back for each order (a damaged one starts again at the first page). */
    private static Function<String, Object> cursorKey(ListSort sort) {
        return switch (sort) {
            case RECENT -> Long::valueOf;
            case NAME -> text -> text;
            case BIRTH, VISIT -> LocalDate::parse;
        };
    }

    private static Object sortKey(ResultSet rs, ListSort sort) throws SQLException {
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
}
