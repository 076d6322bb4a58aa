package org.guanai.registry.person;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfers of people between villages, for both ends: the town a person left no longer sees the person, but
 * sees here that and where to the person went (name and masked number only).
 */
@Component
public class TransferLog {

    /** How many transfers the page lists, newest first. */
    public static final int SHOWN = 200;

    public record Transfer(Instant at, PersonType type, long personId, String name, String maskedIdNumber,
            String fromVillage, String toVillage, String by, String note) {
    }

    private final JdbcTemplate jdbc;

    TransferLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(PersonType type, long personId, String name, String idNumber, String from, String to, String by,
            String note, Instant at) {
        jdbc.update("insert into person_transfer (id, person_type, person_id, person_name, masked_id_number, "
                + "from_village, to_village, transferred_at, transferred_by, note) values "
                + "(nextval('person_transfer_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)", type.name(), personId, name,
                idNumber == null ? null : Masks.idNumber(idNumber), from, to, Timestamp.from(at), by, note);
    }

    /** The transfers into or out of the jurisdiction, newest first. */
    @Transactional(readOnly = true)
    public List<Transfer> of(Jurisdiction jurisdiction) {
        String prefix = jurisdiction.regionPrefix();
        if (prefix == null) {
            return List.of();
        }
        String lo = RegionCode.lowestWithPrefix(prefix);
        String hi = RegionCode.highestWithPrefix(prefix);
        return jdbc.query("select * from person_transfer where from_village between ? and ? or to_village between ? "
                + "and ? order by transferred_at desc, id desc limit " + SHOWN, (rs, n) -> new Transfer(
                rs.getTimestamp("transferred_at").toInstant(), PersonType.valueOf(rs.getString("person_type")),
                rs.getLong("person_id"), rs.getString("person_name"), rs.getString("masked_id_number"),
                rs.getString("from_village"), rs.getString("to_village"), rs.getString("transferred_by"),
                rs.getString("note")), lo, hi, lo, hi);
    }
}
