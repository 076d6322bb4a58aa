package org.guanai.registry.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.shared.RefusedException;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training sessions and publicity events (Longli 七（四）; Changbai 四（二）1 监护人培训, 四（二）3 教职工专题培训): recorded by the
 * county office, a county department (as the county's) or a town (as its own); read by those and by the inspector,
 * each within its region (docs/plans.md, "Training and publicity"). Attendees are accounts and carers of that region.
 */
@Service
@Transactional
public class TrainingRecords {

    public enum PublicityKind { CAMPAIGN, MEDIA, MATERIALS, LECTURE, OTHER }

    /**
     * The accounts who may attend a session of a region, its codes' range given twice ({@code lo, hi, lo, hi}): those
     * scoped to a region in it and those of an organisation in it, from V43's indexes on the account's two scopes. (An
     * OR over a joined organisation's region read every account of the province.)
     */
    static final String ACCOUNT_ATTENDEES = """
            select a.id, a.display_name from account a
             where a.enabled and a.role not in ('ADMIN', 'AUDITOR')
               and (a.scope_region_code between ? and ?
                    or a.scope_organisation_id = any (array(select o.id from organisation o
                                                             where o.region_code between ? and ?)))
             order by a.display_name
            """;

    /** A record refused; {@link #field} names the form field at fault, null when it is the whole record. */
    public static class TrainingRefusedException extends RefusedException {

        public TrainingRefusedException(String key) {
            super(key);
        }

        private TrainingRefusedException(String field, String key) {
            super(new Field(field), key);
        }

        /** A refusal of one field's value: the form shows the reason next to the field. */
        public static TrainingRefusedException ofField(String field, String key) {
            return new TrainingRefusedException(field, key);
        }
    }

    public record Attendee(String key, String name, String what) {
    }

    public record Session(long id, String regionCode, LocalDate heldOn, String topic, String trainer,
            BigDecimal hours, List<String> attendees, int otherAttendees, String note, String recordedBy) {

        public int attendeeCount() {
            return attendees.size() + otherAttendees;
        }
    }

    public record Publicity(long id, String regionCode, LocalDate heldOn, PublicityKind kind, String place,
            int reach, String note, String recordedBy) {
    }

    /** A year's figures of a county: sessions, attendances, hours; publicity events and their reach. */
    public record Figures(int year, int sessions, int attendances, BigDecimal hours, int events, long reach) {
    }

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final Clock clock;

    TrainingRecords(JdbcTemplate jdbc, AuditService audit, RegistryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Reads no data, so it opens no transaction (the class's default would take a connection for it). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LocalDate today() {
        return properties.today(clock);
    }

    /** The people who may attend a session the user records: accounts and active carers of its region. */
    @Transactional(readOnly = true)
    public List<Attendee> candidates(SignedInUser actor) {
        RegionCode region = recordingRegion(actor);
        String lo = RegionCode.lowestWithPrefix(region.prefix());
        String hi = RegionCode.highestWithPrefix(region.prefix());
        List<Attendee> list = new ArrayList<>(jdbc.query(ACCOUNT_ATTENDEES,
                (rs, n) -> new Attendee("account:" + rs.getLong(1), rs.getString(2), "account"), lo, hi, lo, hi));
        list.addAll(jdbc.query("select id, name, role from carer where active and region_code between ? and ? "
                + "order by name", (rs, n) -> new Attendee("carer:" + rs.getLong(1), rs.getString(2),
                        rs.getString(3)), lo, hi));
        return list;
    }

    /** Records a session; attendees are keys of {@link #candidates} (another region's are refused). */
    public long recordSession(LocalDate heldOn, String topic, String trainer, BigDecimal hours, List<String> attendees,
            Integer otherAttendees, String note, SignedInUser actor) {
        RegionCode region = recordingRegion(actor);
        String t = required(topic, 200, "topic", "training.error.topic");
        String by = required(trainer, 100, "trainer", "training.error.trainer");
        if (heldOn == null || heldOn.isAfter(today())) {
            throw TrainingRefusedException.ofField("heldOn", "training.error.date");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(200)) > 0) {
            throw TrainingRefusedException.ofField("hours", "training.error.hours");
        }
        int others = otherAttendees == null ? 0 : otherAttendees;
        if (others < 0 || others > 100000) {
            throw TrainingRefusedException.ofField("otherAttendees", "training.error.others");
        }
        Map<String, Attendee> allowed = new java.util.HashMap<>();
        candidates(actor).forEach(a -> allowed.put(a.key(), a));
        Set<String> chosen = new LinkedHashSet<>(attendees == null ? List.of() : attendees);
        for (String key : chosen) {
            if (!allowed.containsKey(key)) {
                throw TrainingRefusedException.ofField("attendee", "training.error.attendee");
            }
        }
        String n = optional(note, 500, "note", "training.error.note");
        long sessionId = jdbc.queryForObject("""
                insert into training_session (region_code, held_on, topic, trainer, hours, other_attendees, note,
                    recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, region.value(), heldOn, t, by, hours, others, n, actor.username(),
                Timestamp.from(clock.instant()));
        for (String key : chosen) {
            Attendee a = allowed.get(key);
            long ref = Long.parseLong(key.substring(key.indexOf(':') + 1));
            boolean account = key.startsWith("account:");
            jdbc.update("insert into training_attendee (session_id, account_id, carer_id, name) values (?, ?, ?, ?)",
                    sessionId, account ? ref : null, account ? null : ref, a.name());
        }
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "training_session", sessionId, t);
        return sessionId;
    }

    public long recordPublicity(LocalDate heldOn, PublicityKind kind, String place, Integer reach, String note,
            SignedInUser actor) {
        RegionCode region = recordingRegion(actor);
        if (kind == null) {
            throw TrainingRefusedException.ofField("kind", "publicity.error.kind");
        }
        if (heldOn == null || heldOn.isAfter(today())) {
            throw TrainingRefusedException.ofField("heldOn", "training.error.date");
        }
        String p = required(place, 200, "place", "publicity.error.place");
        if (reach == null || reach < 0) {
            throw TrainingRefusedException.ofField("reach", "publicity.error.reach");
        }
        String n = optional(note, 500, "note", "training.error.note");
        long id = jdbc.queryForObject("""
                insert into publicity_event (region_code, held_on, kind, place, reach, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, region.value(), heldOn, kind.name(), p, reach, n, actor.username(),
                Timestamp.from(clock.instant()));
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "publicity_event", id, kind.name());
        return id;
    }

    /** The sessions the user reads, the latest first (at most 200), with their attendees in one statement. */
    @Transactional(readOnly = true)
    public List<Session> sessions(SignedInUser actor) {
        Range r = readRange(actor);
        return jdbc.query("""
                select s.*, array(select a.name from training_attendee a where a.session_id = s.id
                                  order by a.name) as attendee_names
                  from training_session s where s.region_code between ? and ?
                 order by s.held_on desc, s.id desc limit 200
                """, (rs, n) -> new Session(rs.getLong("id"), rs.getString("region_code"),
                        rs.getObject("held_on", LocalDate.class), rs.getString("topic"), rs.getString("trainer"),
                        rs.getBigDecimal("hours"), List.of((String[]) rs.getArray("attendee_names").getArray()),
                        rs.getInt("other_attendees"), rs.getString("note"), rs.getString("recorded_by")),
                r.lo(), r.hi());
    }

    @Transactional(readOnly = true)
    public List<Publicity> publicity(SignedInUser actor) {
        Range r = readRange(actor);
        return jdbc.query("select * from publicity_event where region_code between ? and ? "
                + "order by held_on desc, id desc limit 200", (rs, n) -> new Publicity(rs.getLong("id"),
                        rs.getString("region_code"), rs.getObject("held_on", LocalDate.class),
                        PublicityKind.valueOf(rs.getString("kind")), rs.getString("place"), rs.getInt("reach"),
                        rs.getString("note"), rs.getString("recorded_by")), r.lo(), r.hi());
    }

    /** The county's figures of a year, for the supervision page and workbook. */
    @Transactional(readOnly = true)
    public Figures figures(RegionCode county, int year) {
        String lo = RegionCode.lowestWithPrefix(county.prefix());
        String hi = RegionCode.highestWithPrefix(county.prefix());
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        return jdbc.queryForObject("""
                with s as (select id, other_attendees, hours from training_session
                           where region_code between ? and ? and held_on >= ? and held_on < ?),
                     p as (select reach from publicity_event
                           where region_code between ? and ? and held_on >= ? and held_on < ?)
                select (select count(*) from s),
                       (select coalesce(sum(other_attendees), 0) from s)
                           + (select count(*) from training_attendee a join s on s.id = a.session_id),
                       (select coalesce(sum(hours), 0) from s),
                       (select count(*) from p),
                       (select coalesce(sum(reach), 0) from p)
                """, (rs, n) -> new Figures(year, rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3), rs.getInt(4),
                        rs.getLong(5)), lo, hi, from, to, lo, hi, from, to);
    }

    private record Range(String lo, String hi) {
    }

    /** Where the user's records go: a town's to its town, the county office's and a county department's to the county. */
    private static RegionCode recordingRegion(SignedInUser actor) {
        RegionCode region = switch (actor.role()) {
            case TOWN -> actor.jurisdiction().region();
            case COUNTY, DEPARTMENT -> actor.jurisdiction().county();
            default -> null;
        };
        if (region == null) {
            throw new TrainingRefusedException("training.error.noAccess");
        }
        return region;
    }

    /**
     * What the user reads: the county office and the inspector their whole region, a town its own, a department the
     * county's own records (those at county level).
     */
    private static Range readRange(SignedInUser actor) {
        RegionCode region = switch (actor.role()) {
            case COUNTY, INSPECTOR, TOWN -> actor.jurisdiction().region();
            case DEPARTMENT -> actor.jurisdiction().county();
            default -> null;
        };
        if (region == null) {
            throw new TrainingRefusedException("training.error.noAccess");
        }
        if (actor.role() == Role.DEPARTMENT) {
            return new Range(region.value(), region.value());
        }
        return new Range(RegionCode.lowestWithPrefix(region.prefix()), RegionCode.highestWithPrefix(region.prefix()));
    }

    private static String required(String s, int max, String field, String key) {
        return Texts.checked(s, max, true, () -> TrainingRefusedException.ofField(field, key));
    }

    private static String optional(String s, int max, String field, String key) {
        return Texts.checked(s, max, false, () -> TrainingRefusedException.ofField(field, key));
    }
}
