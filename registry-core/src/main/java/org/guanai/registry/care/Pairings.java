package org.guanai.registry.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.person.PersonRecord;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.Visit;
import org.guanai.registry.person.VisitForm;
import org.guanai.registry.person.VisitKind;
import org.guanai.registry.person.VisitService;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 结对帮扶: a carer of the person's village or town paired with a child or an elder, and the pairing's contact log,
 * which is the person's visit log (docs/care.md, "Pairings").
 */
@Service
@Transactional
public class Pairings {

    static final String TYPE = "care_pairing";
    /** The contacts a pairing shows on the person's page. */
    static final int CONTACTS_SHOWN = 10;

    private final NamedParameterJdbcTemplate jdbc;
    private final CarePeople people;
    private final Carers carers;
    private final CareScope scope;
    private final VisitService visits;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final Clock clock;

    Pairings(NamedParameterJdbcTemplate jdbc, CarePeople people, Carers carers, CareScope scope, VisitService visits,
            AuditService audit, RegistryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.carers = carers;
        this.scope = scope;
        this.visits = visits;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Pairs a carer who serves the person's village (its own or its town's) with the person, from {@code startsOn}. */
    public long pair(PersonType type, long personId, long carerId, LocalDate startsOn, Jurisdiction jurisdiction) {
        PersonRecord<?> person = people.writable(type, personId, jurisdiction, scope);
        if (carers.servingVillage(person.getVillageCode()).stream().noneMatch(c -> c.id() == carerId)) {
            throw new CareRefusedException("care.error.carerNotServing");
        }
        if (startsOn == null) {
            throw new CareRefusedException("care.error.startsOn");
        }
        Integer already = jdbc.queryForObject("""
                select count(*) from care_pairing where carer_id = :carer and person_type = :type
                   and person_id = :person and (ends_on is null or ends_on >= :today)
                """, new MapSqlParameterSource("carer", carerId).addValue("type", type.name())
                .addValue("person", personId).addValue("today", today()), Integer.class);
        if (already != null && already > 0) {
            throw new CareRefusedException("care.error.alreadyPaired");
        }
        Long id = jdbc.queryForObject("""
                insert into care_pairing (carer_id, person_type, person_id, starts_on, created_by, created_at)
                values (:carer, :type, :person, :starts, :by, :at) returning id
                """, new MapSqlParameterSource("carer", carerId).addValue("type", type.name())
                .addValue("person", personId).addValue("starts", startsOn)
                .addValue("by", scope.actor()).addValue("at", Timestamp.from(clock.instant())),
                Long.class);
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, TYPE, id, type + " " + personId);
        return id;
    }

    /** Ends a pairing on {@code endsOn} (not before it began). */
    public void end(long pairingId, LocalDate endsOn, Jurisdiction jurisdiction) {
        Pairing pairing = find(pairingId);
        people.writable(pairing.personType(), pairing.personId(), jurisdiction, scope);
        if (endsOn == null || endsOn.isBefore(pairing.startsOn())) {
            throw new CareRefusedException("care.error.endsOn");
        }
        jdbc.update("update care_pairing set ends_on = :ends where id = :id",
                new MapSqlParameterSource("ends", endsOn).addValue("id", pairingId));
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, TYPE, pairingId, "ended " + endsOn);
    }

    /** Logs a contact of an active pairing: a visit of its person, in the person's visit log. */
    public Visit contact(long pairingId, VisitForm form, Jurisdiction jurisdiction) {
        Pairing pairing = find(pairingId);
        people.visible(pairing.personType(), pairing.personId(), jurisdiction);
        if (!pairing.activeOn(today())) {
            throw new CareRefusedException("care.error.pairingEnded");
        }
        return visits.record(people.registry(pairing.personType()), pairing.personId(), form, pairingId,
                jurisdiction);
    }

    /** A person's pairings, current first, each with its latest contacts. */
    @Transactional(readOnly = true)
    public List<Pairing> of(PersonType type, long personId, Jurisdiction jurisdiction) {
        people.visible(type, personId, jurisdiction);
        return ofPerson(type, personId);
    }

    /** The same for a person already checked (PersonCare). */
    List<Pairing> ofPerson(PersonType type, long personId) {
        List<Pairing> bare = jdbc.query(SELECT + " where p.person_type = :type and p.person_id = :person"
                + " order by p.ends_on nulls first, p.starts_on desc",
                new MapSqlParameterSource("type", type.name()).addValue("person", personId), Pairings::bare);
        List<Pairing> full = new ArrayList<>();
        for (Pairing p : bare) {
            full.add(new Pairing(p.id(), p.carerId(), p.carerName(), p.carerRole(), p.carerPhone(), p.personType(),
                    p.personId(), p.personName(), p.startsOn(), p.endsOn(), contacts(p.id())));
        }
        return full;
    }

    /** The pairing for its contact form, if its person is the user's to see. */
    @Transactional(readOnly = true)
    public Pairing get(long pairingId, Jurisdiction jurisdiction) {
        Pairing p = find(pairingId);
        people.visible(p.personType(), p.personId(), jurisdiction);
        return p;
    }

    /** A row of the list of key targets nobody looks after. */
    public record Unattended(long childId, String name, String villageName, LocalDate lastVisitDate) {
    }

    /** Key-target children of the jurisdiction with neither a current pairing nor a 包保 person (at most 200). */
    @Transactional(readOnly = true)
    public List<Unattended> keyTargetsUnattended(Jurisdiction jurisdiction) {
        return jdbc.query("""
                select c.id, c.name, r.name as village, c.last_visit_date
                  from child c join region r on r.code = c.village_code
                 where c.key_target and c.status = 'ACTIVE' and c.village_code between :lo and :hi
                   and not exists (select 1 from care_pairing p where p.person_type = 'CHILD' and p.person_id = c.id
                                      and p.starts_on <= :today and (p.ends_on is null or p.ends_on >= :today))
                   and not exists (select 1 from care_responsibility b where b.person_type = 'CHILD'
                                      and b.person_id = c.id)
                 order by c.village_code, c.pinyin_full, c.id
                 limit 200
                """, CareScope.codeRangeOf(jurisdiction).addValue("today", today()),
                (rs, n) -> new Unattended(rs.getLong("id"), rs.getString("name"), rs.getString("village"),
                        rs.getObject("last_visit_date", LocalDate.class)));
    }

    /** A contact of a pairing, for the home page's latest care. */
    public record RecentContact(PersonType personType, long personId, String personName, String carerName,
            LocalDate date, VisitKind kind) {

        public String path() {
            return (personType == PersonType.CHILD ? "/children/" : "/elderly/") + personId;
        }
    }

    /** How far back the latest contacts look. */
    static final int RECENT_DAYS = 30;

    /**
     * The latest contacts of pairings with the jurisdiction's people, of the last {@value #RECENT_DAYS} days (read
     * newest first along visit_pairing_latest_idx, V35).
     */
    @Transactional(readOnly = true)
    public List<RecentContact> recentContacts(Jurisdiction jurisdiction, int limit) {
        return jdbc.query("""
                select v.person_type, v.person_id, coalesce(c.name, e.name) as person_name, cr.name as carer_name,
                       v.visit_date, v.kind
                  from visit v join care_pairing p on p.id = v.pairing_id join carer cr on cr.id = p.carer_id
                  left join child c on v.person_type = 'CHILD' and c.id = v.person_id
                  left join elder e on v.person_type = 'ELDER' and e.id = v.person_id
                 where v.pairing_id is not null and v.visit_date >= :since
                   and coalesce(c.village_code, e.village_code) between :lo and :hi
                 order by v.visit_date desc, v.id desc limit :limit
                """, CareScope.codeRangeOf(jurisdiction).addValue("limit", limit)
                        .addValue("since", today().minusDays(RECENT_DAYS)),
                (rs, n) -> new RecentContact(PersonType.valueOf(rs.getString("person_type")), rs.getLong("person_id"),
                        rs.getString("person_name"), rs.getString("carer_name"),
                        rs.getObject("visit_date", LocalDate.class), VisitKind.valueOf(rs.getString("kind"))));
    }

    private static final String SELECT = """
            select p.*, c.name as carer_name, c.role as carer_role, c.phone as carer_phone,
                   coalesce(ch.name, e.name) as person_name
              from care_pairing p join carer c on c.id = p.carer_id
              left join child ch on p.person_type = 'CHILD' and ch.id = p.person_id
              left join elder e on p.person_type = 'ELDER' and e.id = p.person_id
            """;

    private Pairing find(long id) {
        List<Pairing> found = jdbc.query(SELECT + " where p.id = :id", new MapSqlParameterSource("id", id),
                Pairings::bare);
        if (found.isEmpty()) {
            throw new OutsideJurisdictionException(TYPE + " " + id);
        }
        return found.get(0);
    }

    private List<Pairing.Contact> contacts(long pairingId) {
        return jdbc.query("""
                select visit_date, kind, visitor, findings from visit where pairing_id = :id
                 order by visit_date desc, id desc limit :limit
                """, new MapSqlParameterSource("id", pairingId).addValue("limit", CONTACTS_SHOWN),
                (rs, n) -> new Pairing.Contact(rs.getObject("visit_date", LocalDate.class),
                        VisitKind.valueOf(rs.getString("kind")), rs.getString("visitor"), rs.getString("findings")));
    }

    private static Pairing bare(ResultSet rs, int row) throws SQLException {
        return new Pairing(rs.getLong("id"), rs.getLong("carer_id"), rs.getString("carer_name"),
                CarerRole.valueOf(rs.getString("carer_role")), rs.getString("carer_phone"),
                PersonType.valueOf(rs.getString("person_type")), rs.getLong("person_id"),
                rs.getString("person_name"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), List.of());
    }

    private LocalDate today() {
        return properties.today(clock);
    }
}
