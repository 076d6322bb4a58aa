package org.guanai.registry.child;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.person.Masks;
import org.guanai.registry.person.PersonListQuery;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.Sex;
import org.guanai.registry.region.RegionService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The children's list: the roster list of {@link PersonListQuery} with the key-target flags, categories and ages. */
@Component
class ChildListQuery extends PersonListQuery<ChildFilter, ChildRow> {

    ChildListQuery(NamedParameterJdbcTemplate jdbc, RegionService regions) {
        super(jdbc, regions, "child");
    }

    @Override
    protected String ownColumns() {
        return ", p.guardianship_type, p.schooling, p.left_behind, p.in_difficulty, p.flag_unattended,"
                + " p.flag_one_away_incapable, p.flag_dropout, p.flag_no_hukou, p.flag_hardship, p.flag_serious_illness,"
                + " p.flag_disabled";
    }

    @Override
    protected void ownFilters(ChildFilter f, LocalDate today, StringBuilder w, MapSqlParameterSource p) {
        if (f.flag() != null) {
            w.append(" and p.").append(KeyTargets.column(f.flag()));
        }
        if (Boolean.TRUE.equals(f.keyTarget())) {
            w.append(" and p.key_target");
        }
        if (f.category() == ChildFilter.Category.LEFT_BEHIND) {
            w.append(" and p.left_behind");
        } else if (f.category() == ChildFilter.Category.IN_DIFFICULTY) {
            w.append(" and p.in_difficulty");
        }
        if (f.guardianshipType() != null) {
            w.append(" and p.guardianship_type = :guardianshipType");
            p.addValue("guardianshipType", f.guardianshipType().name());
        }
        if (f.schooling() != null) {
            w.append(" and p.schooling = :schooling");
            p.addValue("schooling", f.schooling().name());
        }
        if (f.ageBand() != null) {
            // Age on today's date: born after today − (to+1) years and on or before today − from years.
            w.append(" and p.birth_date > :bornAfter and p.birth_date <= :bornBy");
            p.addValue("bornAfter", today.minusYears(f.ageBand().to + 1L));
            p.addValue("bornBy", today.minusYears(f.ageBand().from));
        }
        if (Boolean.TRUE.equals(f.dueForExit())) {
            w.append(" and p.birth_date <= :sixteenthBirthday");
            p.addValue("sixteenthBirthday", today.minusYears(ChildValidator.AGE_LIMIT));
        }
    }

    @Override
    protected ChildRow row(ResultSet rs, LocalDate today) throws SQLException {
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
                townName(rs), villageName(rs), flags,
                guardianship == null ? null : GuardianshipType.valueOf(guardianship),
                schooling == null ? null : Schooling.valueOf(schooling),
                rs.getObject("last_visit_date", LocalDate.class), PersonStatus.valueOf(rs.getString("status")),
                rs.getBoolean("left_behind"), rs.getBoolean("in_difficulty"));
    }
}
