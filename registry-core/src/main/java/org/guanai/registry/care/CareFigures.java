package org.guanai.registry.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care figures of a period per village or town (docs/care.md, "Figures"): places open and carers active (as they
 * stand), pairings current in the period, their contacts, activities and participants (person-times) in the period.
 */
@Service
@Transactional(readOnly = true)
public class CareFigures {

    /** One region's figures. */
    public record Figures(String code, String name, long places, long carers, long pairings, long contacts,
            long activities, long participants) {

        Figures plus(Figures o) {
            return new Figures(code, name, places + o.places, carers + o.carers, pairings + o.pairings,
                    contacts + o.contacts, activities + o.activities, participants + o.participants);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    CareFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures of each of {@code regions} (the rows a page or a sheet shows), over [{@code from}, {@code to}]; a
     * region's figures are its own records' and those of every region under it.
     */
    public List<Figures> of(List<Region> regions, LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        String prefix = CareScope.prefixOf(jurisdiction);
        MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix).addValue("from", from)
                .addValue("to", to);
        Map<String, long[]> byRegion = new LinkedHashMap<>();
        count(byRegion, 0, "select region_code, count(*) from care_place where status = 'OPEN'"
                + " and region_code like :prefix || '%' group by region_code", p);
        count(byRegion, 1, "select region_code, count(*) from carer where active"
                + " and region_code like :prefix || '%' group by region_code", p);
        count(byRegion, 2, """
                select coalesce(c.village_code, e.village_code), count(*) from care_pairing cp
                  left join child c on cp.person_type = 'CHILD' and c.id = cp.person_id
                  left join elder e on cp.person_type = 'ELDER' and e.id = cp.person_id
                 where cp.starts_on <= :to and (cp.ends_on is null or cp.ends_on >= :from)
                   and coalesce(c.village_code, e.village_code) like :prefix || '%'
                 group by 1
                """, p);
        count(byRegion, 3, """
                select coalesce(c.village_code, e.village_code), count(*) from visit v
                  left join child c on v.person_type = 'CHILD' and c.id = v.person_id
                  left join elder e on v.person_type = 'ELDER' and e.id = v.person_id
                 where v.pairing_id is not null and v.visit_date between :from and :to
                   and coalesce(c.village_code, e.village_code) like :prefix || '%'
                 group by 1
                """, p);
        count(byRegion, 4, "select region_code, count(*) from care_activity where activity_date between :from and :to"
                + " and region_code like :prefix || '%' group by region_code", p);
        count(byRegion, 5, """
                select a.region_code, count(*) from care_activity a
                  join care_activity_participant ap on ap.activity_id = a.id
                 where a.activity_date between :from and :to and a.region_code like :prefix || '%'
                 group by a.region_code
                """, p);
        List<Figures> rows = new ArrayList<>();
        for (Region region : regions) {
            Figures sum = new Figures(region.getCode(), region.getName(), 0, 0, 0, 0, 0, 0);
            String regionPrefix = RegionCode.of(region.getCode()).prefix();
            for (Map.Entry<String, long[]> e : byRegion.entrySet()) {
                if (e.getKey().startsWith(regionPrefix)) {
                    long[] n = e.getValue();
                    sum = sum.plus(new Figures(null, null, n[0], n[1], n[2], n[3], n[4], n[5]));
                }
            }
            rows.add(sum);
        }
        return rows;
    }

    private void count(Map<String, long[]> byRegion, int column, String sql, MapSqlParameterSource p) {
        jdbc.query(sql, p, rs -> {
            byRegion.computeIfAbsent(rs.getString(1), k -> new long[6])[column] += rs.getLong(2);
        });
    }
}
