package org.guanai.registry.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.NotPermittedException;
import org.guanai.registry.person.PersonRecord;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionCodeRange;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Texts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 包保 with a visit plan (docs/care.md, "包保 and the visit plan"): one responsible person per child or elder, a
 * cadre's account or a carer; the next visit falls due the plan's months after the last contact (or after the
 * assignment, before any); 派出所备案 per child.
 */
@Service
@Transactional
public class Responsibilities {

    static final String TYPE = "care_responsibility";
    /** How many overdue people a home page lists. */
    public static final int OVERDUE_SHOWN = 20;

    /**
     * The cadres who may be responsible for a person of {@code :village}: its village's and town's enabled accounts.
     * Read on every page of a person its viewer may change, from {@code account_scope_region_idx} (V43).
     */
    static final String CADRE_CHOICES = """
            select id, display_name, role from account
             where enabled and role in ('VILLAGE', 'TOWN') and scope_region_code in (:village, :town)
             order by role desc, display_name
            """;

    /** A choice of responsible person in a form: a cadre's account ({@code role} null) or a carer, with a phone. */
    public record Choice(String value, String label, CarerRole role, String phone) {
    }

    /**
     * Every person under 包保 in the villages coded {@code :lo}–{@code :hi} ({@link RegionCodeRange}) with their next visit
     * due ({@link VisitPlan#nextVisitDue} in SQL: the lists need it in the query, to sort and count); the caller adds
     * a condition on {@code b}, the assignment ({@code true} for all). Children and elders are read apart, each joined
     * to its assignments, so that PostgreSQL can start from whichever is fewer — a town's people by their village
     * index, a province's assignments, or one user's by the assignment's indexes (a join through {@code coalesce} of
     * both could only hash every elder: docs/performance.md).
     */
    static final String DUE = """
            select * from (
              select p.person_type, p.person_id, p.name, r.name as village, r.code as village_code, p.key_target,
                     p.last_visit_date, coalesce(a.display_name, cr.name) as responsible,
                     (coalesce(p.last_visit_date, p.assigned_on)
                        + make_interval(months => case when p.key_target
                                                       then coalesce(f.key_target_months, 1)
                                                       else coalesce(f.other_months, 3) end))::date as next_due,
                     p.pinyin
                from (select b.person_type, b.person_id, b.account_id, b.carer_id, b.assigned_on, c.name,
                             c.village_code, c.key_target, c.last_visit_date, c.pinyin_full as pinyin
                        from care_responsibility b join child c on c.id = b.person_id
                       where b.person_type = 'CHILD' and c.status = 'ACTIVE' and c.village_code between :lo and :hi
                         and (%1$s)
                      union all
                      select b.person_type, b.person_id, b.account_id, b.carer_id, b.assigned_on, e.name,
                             e.village_code, false, e.last_visit_date, e.pinyin_full
                        from care_responsibility b join elder e on e.id = b.person_id
                       where b.person_type = 'ELDER' and e.status = 'ACTIVE' and e.village_code between :lo and :hi
                         and (%1$s)
                     ) p
                join region r on r.code = p.village_code
                left join account a on a.id = p.account_id
                left join carer cr on cr.id = p.carer_id
                left join visit_frequency f on f.county_code = substr(r.code, 1, 6) || '000000'
            ) due
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CarePeople people;
    private final Carers carers;
    private final CareScope scope;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final Clock clock;

    Responsibilities(NamedParameterJdbcTemplate jdbc, CarePeople people, Carers carers, CareScope scope,
            AuditService audit, RegistryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.carers = carers;
        this.scope = scope;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The person's responsible person, or null. */
    @Transactional(readOnly = true)
    public Responsibility of(PersonType type, long personId, Jurisdiction jurisdiction) {
        return responsibilityOf(type, people.visible(type, personId, jurisdiction));
    }

    /**
     * The same for a person already checked (PersonCare); the next visit by {@link VisitPlan#nextVisitDue}, the rule
     * the lists' {@link #DUE} query writes in SQL.
     */
    Responsibility responsibilityOf(PersonType type, PersonRecord<?> person) {
        List<Responsibility> found = jdbc.query("""
                select b.account_id, b.carer_id, b.assigned_on, coalesce(a.display_name, cr.name) as name,
                       cr.phone
                  from care_responsibility b left join account a on a.id = b.account_id
                  left join carer cr on cr.id = b.carer_id
                 where b.person_type = :type and b.person_id = :person
                """, new MapSqlParameterSource("type", type.name()).addValue("person", person.getId()),
                (rs, n) -> {
                    LocalDate assigned = rs.getObject("assigned_on", LocalDate.class);
                    LocalDate due = plan(RegionCode.of(person.getVillageCode()).countyOrAbove())
                            .nextVisitDue(person.getLastVisitDate(), assigned, CarePeople.isKeyTarget(person));
                    return new Responsibility(rs.getObject("account_id", Long.class),
                            rs.getObject("carer_id", Long.class), rs.getString("name"), rs.getString("phone"),
                            assigned, due, due.isBefore(today()));
                });
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Who may be responsible for the person: the enabled VILLAGE and TOWN accounts of the person's village and town,
     * and the active carers serving them.
     */
    @Transactional(readOnly = true)
    public List<Choice> candidates(PersonType type, long personId, Jurisdiction jurisdiction) {
        PersonRecord<?> person = people.visible(type, personId, jurisdiction);
        return candidatesFor(person, carers.servingVillage(person.getVillageCode()));
    }

    /** The same for a person already checked, with the carers serving them (PersonCare). */
    List<Choice> candidatesFor(PersonRecord<?> person, List<Carer> serving) {
        List<Choice> choices = new ArrayList<>();
        RegionCode village = RegionCode.of(person.getVillageCode());
        jdbc.query(CADRE_CHOICES, new MapSqlParameterSource("village", village.value())
                .addValue("town", village.ancestorAt(RegionLevel.TOWN).value()),
                (ResultSet rs) -> {
                    choices.add(new Choice("A" + rs.getLong("id"), rs.getString("display_name"), null, null));
                });
        serving.forEach(c -> choices.add(new Choice("C" + c.id(), c.name(), c.role(), c.phone())));
        return choices;
    }

    /** Makes {@code choice} (one of {@link #candidates}) responsible for the person, from today; blank clears. */
    public void assign(PersonType type, long personId, String choice, Jurisdiction jurisdiction) {
        PersonRecord<?> person = people.writable(type, personId, jurisdiction, scope);
        MapSqlParameterSource params = new MapSqlParameterSource("type", type.name()).addValue("person", personId);
        String value = Texts.strippedOrNull(choice);
        if (value == null) {
            jdbc.update("delete from care_responsibility where person_type = :type and person_id = :person", params);
            people.registry(type).recordResponsible(personId, null, null, jurisdiction);
            audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, TYPE, personId, type + " cleared");
            return;
        }
        Choice chosen = candidatesFor(person, carers.servingVillage(person.getVillageCode())).stream()
                .filter(c -> c.value().equals(value))
                .findFirst().orElseThrow(() -> new CareRefusedException("care.error.responsible"));
        long id = Long.parseLong(value.substring(1));
        boolean account = value.startsWith("A");
        jdbc.update("""
                insert into care_responsibility (person_type, person_id, account_id, carer_id, assigned_on,
                    assigned_by)
                values (:type, :person, :account, :carer, :today, :by)
                on conflict (person_type, person_id) do update set account_id = excluded.account_id,
                    carer_id = excluded.carer_id, assigned_on = excluded.assigned_on,
                    assigned_by = excluded.assigned_by
                """, params.addValue("account", account ? id : null).addValue("carer", account ? null : id)
                .addValue("today", today()).addValue("by", scope.actor()));
        // The roster's 包保责任人 column is the person now, not a name typed apart.
        people.registry(type).recordResponsible(personId, chosen.label(), chosen.phone(), jurisdiction);
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, TYPE, personId, type + " " + value);
    }

    /**
     * The people the signed-in user is responsible for (as a cadre or as a carer with this account) in their
     * jurisdiction, due first.
     */
    @Transactional(readOnly = true)
    public List<DueVisit> mine(SignedInUser user) {
        // Only people still in the user's jurisdiction: one who moved to another town keeps their 包保 until that town
        // changes it, but leaves this list.
        MapSqlParameterSource params = CareScope.codeRangeOf(user.jurisdiction())
                .addValue("me", user.accountId());
        // The user's carers first, so that both halves of the condition are the assignment's own indexes.
        List<Long> asCarer = jdbc.queryForList("select id from carer where account_id = :me", params, Long.class);
        return due(asCarer.isEmpty() ? "b.account_id = :me" : "b.account_id = :me or b.carer_id in (:carers)",
                params.addValue("carers", asCarer), 1000);
    }

    /** The overdue visits of a jurisdiction: how many, and the most overdue first ({@value #OVERDUE_SHOWN} at most). */
    public record Overdue(long count, List<DueVisit> shown) {
    }

    /** The jurisdiction's overdue visits, counted and listed by one evaluation of the due query (the home pages). */
    @Transactional(readOnly = true)
    public Overdue overdue(Jurisdiction jurisdiction) {
        LocalDate today = today();
        long[] count = {0};
        List<DueVisit> shown = jdbc.query("select *, count(*) over () as overdue_count from ("
                + DUE.formatted("true") + " where next_due < :today) overdue"
                + " order by next_due, pinyin, person_id limit :limit",
                CareScope.codeRangeOf(jurisdiction).addValue("today", today)
                        .addValue("limit", OVERDUE_SHOWN),
                (rs, n) -> {
                    count[0] = rs.getLong("overdue_count");
                    return dueVisit(rs, today);
                });
        return new Overdue(count[0], shown);
    }

    private List<DueVisit> due(String condition, MapSqlParameterSource params, int limit) {
        LocalDate today = today();
        params.addValue("today", today).addValue("limit", limit);
        return jdbc.query(DUE.formatted(condition) + " order by next_due, pinyin, person_id limit :limit", params,
                (rs, n) -> dueVisit(rs, today));
    }

    private static DueVisit dueVisit(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("next_due", LocalDate.class);
        return new DueVisit(PersonType.valueOf(rs.getString("person_type")), rs.getLong("person_id"),
                rs.getString("name"), rs.getString("village"), rs.getBoolean("key_target"),
                rs.getString("responsible"), rs.getObject("last_visit_date", LocalDate.class), due,
                due.isBefore(today));
    }

    /** The county's visit plan, or {@link VisitPlan#DEFAULT}. */
    @Transactional(readOnly = true)
    public VisitPlan plan(RegionCode county) {
        List<VisitPlan> found = jdbc.query("select key_target_months, other_months from visit_frequency"
                + " where county_code = :county", new MapSqlParameterSource("county", county.value()),
                (rs, n) -> new VisitPlan(rs.getInt(1), rs.getInt(2)));
        return found.isEmpty() ? VisitPlan.DEFAULT : found.get(0);
    }

    /** The county office sets its county's visit plan (1–12 months each). */
    public void setPlan(VisitPlan plan, SignedInUser user) {
        if (user.role() != Role.COUNTY || user.jurisdiction().region() == null) {
            throw new NotPermittedException("visit plan");
        }
        if (plan.keyTargetMonths() < 1 || plan.keyTargetMonths() > 12) {
            throw CareRefusedException.ofField("keyTargetMonths", "care.error.planMonths");
        }
        if (plan.otherMonths() < 1 || plan.otherMonths() > 12) {
            throw CareRefusedException.ofField("otherMonths", "care.error.planMonths");
        }
        String county = user.jurisdiction().region().value();
        jdbc.update("""
                insert into visit_frequency (county_code, key_target_months, other_months, updated_by, updated_at)
                values (:county, :key, :other, :by, :at)
                on conflict (county_code) do update set key_target_months = excluded.key_target_months,
                    other_months = excluded.other_months, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at
                """, new MapSqlParameterSource("county", county).addValue("key", plan.keyTargetMonths())
                .addValue("other", plan.otherMonths()).addValue("by", user.username())
                .addValue("at", Timestamp.from(clock.instant())));
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "visit_frequency", county,
                plan.keyTargetMonths() + "/" + plan.otherMonths());
    }

    /** The child's 派出所备案, or null. */
    @Transactional(readOnly = true)
    public PoliceFiling filingOf(long childId, Jurisdiction jurisdiction) {
        people.visible(PersonType.CHILD, childId, jurisdiction);
        return filingOf(childId);
    }

    /** The same for a person already checked (PersonCare). */
    PoliceFiling filingOf(long childId) {
        List<PoliceFiling> found = jdbc.query("select filed_on, station from police_filing where child_id = :id",
                new MapSqlParameterSource("id", childId),
                (rs, n) -> new PoliceFiling(rs.getObject("filed_on", LocalDate.class), rs.getString("station")));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Records (or corrects) the child's 派出所备案. */
    public void file(long childId, LocalDate filedOn, String station, Jurisdiction jurisdiction) {
        people.writable(PersonType.CHILD, childId, jurisdiction, scope);
        String name = Texts.strippedOrNull(station);
        if (filedOn == null || filedOn.isAfter(today())) {
            throw new CareRefusedException("care.error.filedOn");
        }
        if (name == null || name.length() > 100) {
            throw new CareRefusedException("care.error.station");
        }
        jdbc.update("""
                insert into police_filing (child_id, filed_on, station, recorded_by, recorded_at)
                values (:child, :on, :station, :by, :at)
                on conflict (child_id) do update set filed_on = excluded.filed_on, station = excluded.station,
                    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                """, new MapSqlParameterSource("child", childId).addValue("on", filedOn).addValue("station", name)
                .addValue("by", scope.actor()).addValue("at", Timestamp.from(clock.instant())));
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "police_filing", childId, name);
    }

    private LocalDate today() {
        return properties.today(clock);
    }
}
