package org.guanai.registry.elder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.Masks;
import org.guanai.registry.person.PersonListQuery;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.Sex;
import org.guanai.registry.region.RegionService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The elders' list: the roster list of {@link PersonListQuery} with living arrangement and self-care. */
@Component
class ElderListQuery extends PersonListQuery<ElderFilter, ElderRow> {

    ElderListQuery(NamedParameterJdbcTemplate jdbc, RegionService regions) {
        super(jdbc, regions, "elder");
    }

    @Override
    protected String ownColumns() {
        return ", p.living_arrangement, p.health, p.self_care";
    }

    @Override
    protected void ownFilters(ElderFilter f, LocalDate today, StringBuilder w, MapSqlParameterSource p) {
        if (f.livingArrangement() != null) {
            w.append(" and p.living_arrangement = :living");
            p.addValue("living", f.livingArrangement().name());
        }
        if (f.selfCare() != null) {
            w.append(" and p.self_care = :selfCare");
            p.addValue("selfCare", f.selfCare().name());
        }
    }

    @Override
    protected ElderRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        String living = rs.getString("living_arrangement");
        String health = rs.getString("health");
        String selfCare = rs.getString("self_care");
        return new ElderRow(rs.getLong("id"), rs.getString("name"), Sex.valueOf(rs.getString("sex")), birth,
                Period.between(birth, today).getYears(), Masks.idNumber(rs.getString("id_number")),
                townName(rs), villageName(rs),
                living == null ? null : LivingArrangement.valueOf(living), health == null ? null : Health.valueOf(health),
                selfCare == null ? null : SelfCare.valueOf(selfCare), rs.getObject("last_visit_date", LocalDate.class),
                PersonStatus.valueOf(rs.getString("status")));
    }
}
