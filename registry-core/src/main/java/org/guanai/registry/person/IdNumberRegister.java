package org.guanai.registry.person;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One identity number, one person, across children and elders alike: the one place that answers who
 * holds a number. The unique indexes of each table back it against concurrent saves.
 */
@Component
public class IdNumberRegister {

    public record Holder(PersonType type, long id, String name, String villageCode) {
    }

    private final JdbcTemplate jdbc;

    IdNumberRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who holds the number, other than the record {@code self} (of type {@code selfType}) being saved. */
    public Optional<Holder> holderOf(String idNumber, PersonType selfType, Long self) {
        if (idNumber == null) {
            return Optional.empty();
        }
        List<Holder> holders = jdbc.query("""
                select 'CHILD' as type, id, name, village_code from child where id_number = ?
                union all
                select 'ELDER', id, name, village_code from elder where id_number = ?
                """, (rs, i) -> new Holder(PersonType.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                rs.getString(4)), idNumber, idNumber);
        return holders.stream().filter(h -> !(h.type() == selfType && Long.valueOf(h.id()).equals(self))).findFirst();
    }
}
