package org.guanai.registry.care;

import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.person.PersonRecord;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.Pinyin;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.shared.LikePatterns;
import org.guanai.registry.shared.Texts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Activities with their carers and participants (docs/care.md, "Activities"). */
@Service
@Validated
@Transactional
public class Activities {

    static final String TYPE = "care_activity";
    /** How many activities a list shows. */
    public static final int LIST_LIMIT = 100;
    /** How many services a person's page lists, the latest. */
    public static final int SERVICES_SHOWN = 20;
    /** How many people a participant search offers. */
    public static final int SEARCH_LIMIT = 12;

    /** A service a person received: an activity they took part in. */
    public record ServiceReceived(long activityId, LocalDate date, ActivityKind kind, String place, String organiser) {
    }

    private static final String SELECT = """
            select a.*, r.name as region_name, coalesce(p.name, a.place_text) as place_name,
                   (select count(*) from care_activity_participant ap where ap.activity_id = a.id) as participants
              from care_activity a join region r on r.code = a.region_code
              left join care_place p on p.id = a.place_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CareScope scope;
    private final CareRegions regions;
    private final CarePeople people;
    private final AuditService audit;
    private final Clock clock;

    Activities(NamedParameterJdbcTemplate jdbc, CareScope scope, CareRegions regions, CarePeople people,
            AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.regions = regions;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records an activity of a village or town the user may change: its place (one the user sees) or a place named in
     * words, its carers (of the user's region) and its participants (each a person the user sees).
     */
    public long record(@Valid ActivityForm form, Jurisdiction jurisdiction) {
        regions.requireServed(form.getRegionCode(), TYPE, jurisdiction);
        String placeText = Texts.strippedOrNull(form.getPlaceText());
        if (form.getPlaceId() != null) {
            String placeRegion = jdbc.query("select region_code from care_place where id = :id",
                    new MapSqlParameterSource("id", form.getPlaceId()), (ResultSet rs) -> rs.next() ? rs.getString(1)
                            : null);
            if (placeRegion == null || !jurisdiction.coversRegion(RegionCode.of(placeRegion))) {
                throw new CareRefusedException("care.error.place");
            }
            placeText = null;
        } else if (placeText == null) {
            throw new CareRefusedException("care.error.place");
        }
        Set<Long> carerIds = new LinkedHashSet<>(form.getCarerIds());
        if (!carerIds.isEmpty()) {
            Integer inScope = jdbc.queryForObject("select count(*) from carer where id in (:ids)"
                    + " and region_code between :lo and :hi", CareScope.codeRangeOf(jurisdiction)
                    .addValue("ids", carerIds), Integer.class);
            if (inScope == null || inScope != carerIds.size()) {
                throw new CareRefusedException("care.error.carers");
            }
        }
        Set<String> participants = new LinkedHashSet<>(form.getParticipants());
        if (participants.isEmpty()) {
            throw new CareRefusedException("care.error.noParticipants");
        }
        List<Object[]> who = new ArrayList<>();
        for (String key : participants) {
            Object[] person = parse(key);
            people.visible((PersonType) person[0], (Long) person[1], jurisdiction);
            who.add(person);
        }
        Long id = jdbc.queryForObject("""
                insert into care_activity (region_code, place_id, place_text, kind, activity_date, organiser, notes,
                    recorded_by, recorded_at)
                values (:region, :place, :placeText, :kind, :date, :organiser, :notes, :by, :at) returning id
                """, new MapSqlParameterSource("region", form.getRegionCode()).addValue("place", form.getPlaceId())
                .addValue("placeText", placeText).addValue("kind", form.getKind().name())
                .addValue("date", form.getActivityDate()).addValue("organiser", form.getOrganiser().strip())
                .addValue("notes", Texts.strippedOrNull(form.getNotes()))
                .addValue("by", scope.actor()).addValue("at", Timestamp.from(clock.instant())),
                Long.class);
        for (Long carer : carerIds) {
            jdbc.update("insert into care_activity_carer (activity_id, carer_id) values (:a, :c)",
                    new MapSqlParameterSource("a", id).addValue("c", carer));
        }
        for (Object[] person : who) {
            jdbc.update("insert into care_activity_participant (activity_id, person_type, person_id)"
                    + " values (:a, :t, :p)", new MapSqlParameterSource("a", id)
                            .addValue("t", ((PersonType) person[0]).name()).addValue("p", person[1]));
        }
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, TYPE, id, who.size() + " participants");
        return id;
    }

    private static Object[] parse(String key) {
        String[] parts = key == null ? new String[0] : key.split(":");
        try {
            return new Object[] {PersonType.valueOf(parts[0]), Long.valueOf(parts[1])};
        } catch (RuntimeException e) {
            throw new CareRefusedException("care.error.participant");
        }
    }

    /** A person the user sees, as a participant (a form shown again with its picks). */
    @Transactional(readOnly = true)
    public Activity.Participant participant(PersonType type, long id, Jurisdiction jurisdiction) {
        PersonRecord<?> person = people.visible(type, id, jurisdiction);
        return new Activity.Participant(type, id, person.getName(), regions.nameOf(person.getVillageCode()),
                person.getVillageCode());
    }

    /** The latest {@value #LIST_LIMIT} activities the user's region covers. */
    @Transactional(readOnly = true)
    public List<Activity> list(Jurisdiction jurisdiction) {
        return latest(jurisdiction, LIST_LIMIT);
    }

    /** The latest {@code limit} activities the user's region covers. */
    @Transactional(readOnly = true)
    public List<Activity> latest(Jurisdiction jurisdiction, int limit) {
        return jdbc.query(SELECT + " where a.region_code between :lo and :hi"
                + " order by a.activity_date desc, a.id desc limit :limit",
                CareScope.codeRangeOf(jurisdiction).addValue("limit", limit),
                (rs, n) -> activity(rs, List.of(), List.of()));
    }

    /** One activity with its carers and participants. */
    @Transactional(readOnly = true)
    public Activity get(long id, Jurisdiction jurisdiction) {
        List<Activity> found = jdbc.query(SELECT + " where a.id = :id", new MapSqlParameterSource("id", id),
                (rs, n) -> activity(rs, List.of(), List.of()));
        if (found.isEmpty()) {
            throw new OutsideJurisdictionException(TYPE + " " + id);
        }
        Activity bare = found.get(0);
        scope.requireVisible(TYPE, id, bare.regionCode(), jurisdiction);
        MapSqlParameterSource byId = new MapSqlParameterSource("id", id);
        List<String> carers = jdbc.queryForList("""
                select c.name from care_activity_carer ac join carer c on c.id = ac.carer_id
                 where ac.activity_id = :id order by c.name
                """, byId, String.class);
        List<Activity.Participant> participants = jdbc.query("""
                select ap.person_type, ap.person_id, coalesce(c.name, e.name) as name, r.name as village,
                       r.code as village_code
                  from care_activity_participant ap
                  left join child c on ap.person_type = 'CHILD' and c.id = ap.person_id
                  left join elder e on ap.person_type = 'ELDER' and e.id = ap.person_id
                  join region r on r.code = coalesce(c.village_code, e.village_code)
                 where ap.activity_id = :id order by ap.person_type, coalesce(c.pinyin_full, e.pinyin_full)
                """, byId, (rs, n) -> participant(rs));
        // The county office may gather children of several villages; a village worker sees its own by name, the rest
        // only in the count.
        List<Activity.Participant> seen = participants.stream().filter(p -> jurisdiction.coversRegion(
                RegionCode.of(p.villageCode()))).toList();
        return new Activity(bare.id(), bare.regionCode(), bare.regionName(), bare.placeId(), bare.placeName(),
                bare.kind(), bare.date(), bare.organiser(), bare.notes(), bare.recordedBy(), bare.participantCount(),
                carers, seen);
    }

    /** Refuses (404 or 403, audited) an activity the user may not see, or change when {@code write}. */
    void requireAccess(long id, Jurisdiction jurisdiction, boolean write) {
        String region = jdbc.query("select region_code from care_activity where id = :id",
                new MapSqlParameterSource("id", id), (ResultSet rs) -> rs.next() ? rs.getString(1) : null);
        if (region == null) {
            throw new OutsideJurisdictionException(TYPE + " " + id);
        }
        if (write) {
            scope.requireWritable(TYPE, id, region, jurisdiction);
        } else {
            scope.requireVisible(TYPE, id, region, jurisdiction);
        }
    }

    /** The services a person received, the latest first (their page). */
    @Transactional(readOnly = true)
    public List<ServiceReceived> of(PersonType type, long personId, Jurisdiction jurisdiction) {
        people.visible(type, personId, jurisdiction);
        return received(type, personId);
    }

    /** The same for a person already checked (PersonCare). */
    List<ServiceReceived> received(PersonType type, long personId) {
        return jdbc.query("""
                select a.id, a.activity_date, a.kind, coalesce(p.name, a.place_text) as place, a.organiser
                  from care_activity_participant ap join care_activity a on a.id = ap.activity_id
                  left join care_place p on p.id = a.place_id
                 where ap.person_type = :type and ap.person_id = :person
                 order by a.activity_date desc, a.id desc limit :limit
                """, new MapSqlParameterSource("type", type.name()).addValue("person", personId)
                .addValue("limit", SERVICES_SHOWN),
                (rs, n) -> new ServiceReceived(rs.getLong("id"), rs.getObject("activity_date", LocalDate.class),
                        ActivityKind.valueOf(rs.getString("kind")), rs.getString("place"), rs.getString("organiser")));
    }

    /**
     * Children and elders of the jurisdiction, in the registry, whose name contains {@code q} or whose pinyin (full or
     * initials) starts with it: the participant picker.
     */
    @Transactional(readOnly = true)
    public List<Activity.Participant> search(String q, Jurisdiction jurisdiction) {
        String query = Texts.strippedOrNull(q);
        if (query == null) {
            return List.of();
        }
        boolean pinyin = Pinyin.isPinyinQuery(query);
        String match = pinyin ? "(p.pinyin_full like :q or p.pinyin_initials like :q)" : "p.name like :q";
        MapSqlParameterSource params = CareScope.codeRangeOf(jurisdiction)
                .addValue("q", pinyin ? LikePatterns.startingWith(query.toLowerCase())
                        : LikePatterns.containing(query))
                .addValue("limit", SEARCH_LIMIT);
        String each = """
                select '%s' as person_type, p.id as person_id, p.name, r.name as village, r.code as village_code,
                       p.pinyin_full
                  from %s p join region r on r.code = p.village_code
                 where p.status = 'ACTIVE' and p.village_code between :lo and :hi and %s
                """;
        return jdbc.query("select * from (" + each.formatted("CHILD", "child", match) + " union all "
                + each.formatted("ELDER", "elder", match) + ") found order by person_type, pinyin_full limit :limit",
                params, (rs, n) -> participant(rs));
    }

    private static Activity.Participant participant(ResultSet rs) throws SQLException {
        return new Activity.Participant(PersonType.valueOf(rs.getString("person_type")), rs.getLong("person_id"),
                rs.getString("name"), rs.getString("village"), rs.getString("village_code"));
    }

    private static Activity activity(ResultSet rs, List<String> carers, List<Activity.Participant> participants)
            throws SQLException {
        return new Activity(rs.getLong("id"), rs.getString("region_code"), rs.getString("region_name"),
                rs.getObject("place_id", Long.class), rs.getString("place_name"),
                ActivityKind.valueOf(rs.getString("kind")), rs.getObject("activity_date", LocalDate.class),
                rs.getString("organiser"), rs.getString("notes"), rs.getString("recorded_by"),
                rs.getInt("participants"), carers, participants);
    }
}
