package org.guanai.registry.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspections of a county (督查, Longli 七（三）: 每季度督查一次, 不定期专项督查; Changbai 五（三）: 专项督查) with their
 * findings per task or "456" item, and the follow-up actions (通报 / 约谈 / 挂牌督办 / 一票否决) with due dates and closure.
 * The inspector and the county office of the county record and read them; nobody else, and never another county's.
 */
@Service
@Transactional
public class Inspections {

    public enum Kind { QUARTERLY, SPECIAL }

    /** 通报, 约谈, 挂牌督办, 一票否决 (Longli 七（三）). */
    public enum FollowUpKind { NOTICE, TALK, SUPERVISED, VETO }

    public record Finding(Long taskId, Long itemId, String subject, String finding) {
    }

    public record FollowUp(long id, long version, long inspectionId, FollowUpKind kind, String targetUnit,
            String reason, LocalDate dueOn, LocalDate closedOn, String closure, String recordedBy, String closedBy) {

        public boolean isOpen() {
            return closedOn == null;
        }

        public boolean isOverdue(LocalDate today) {
            return closedOn == null && today.isAfter(dueOn);
        }
    }

    public record Inspection(long id, String countyCode, Kind kind, LocalDate inspectedOn, String inspectors,
            String units, String summary, String recordedBy, List<Finding> findings, List<FollowUp> followUps) {
    }

    /** A finding as entered: the task or item it is about ({@code task:12}, {@code item:3}, or blank) and the text. */
    public record FindingInput(String subject, String finding) {
    }

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final Clock clock;

    Inspections(JdbcTemplate jdbc, AuditService audit, RegistryProperties properties, Clock clock) {
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

    /** Records an inspection of the user's county; returns its id. */
    public long record(Kind kind, LocalDate inspectedOn, String inspectors, String units, String summary,
            List<FindingInput> findings, SignedInUser actor) {
        RegionCode county = countyOf(actor);
        String who = required(inspectors, 200, "inspectors", "inspection.error.inspectors");
        String what = required(units, 1000, "units", "inspection.error.units");
        if (kind == null) {
            throw SupervisionRefusedException.ofField("kind", "inspection.error.kind");
        }
        if (inspectedOn == null || inspectedOn.isAfter(today())) {
            throw SupervisionRefusedException.ofField("inspectedOn", "inspection.error.date");
        }
        String s = optional(summary, 2000, "summary", "inspection.error.summary");
        long id = jdbc.queryForObject("""
                insert into inspection (county_code, kind, inspected_on, inspectors, units, summary, recorded_by,
                    recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, county.value(), kind.name(), inspectedOn, who, what, s, actor.username(),
                Timestamp.from(clock.instant()));
        for (FindingInput f : findings) {
            String text = optional(f.finding(), 1000, "finding", "inspection.error.finding");
            if (text == null) {
                continue;
            }
            Long task = null;
            Long item = null;
            String subject = f.subject() == null ? "" : f.subject().strip();
            if (subject.startsWith("task:")) {
                task = ownId("select id from plan_task where id = ? and county_code = ?", subject.substring(5), county);
            } else if (subject.startsWith("item:")) {
                item = ownId("select id from pattern_item where id = ? and county_code = ?", subject.substring(5),
                        county);
            }
            jdbc.update("insert into inspection_finding (inspection_id, task_id, item_id, finding) values (?, ?, ?, ?)",
                    id, task, item, text);
        }
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "inspection", id, kind + " " + inspectedOn);
        return id;
    }

    /** Adds a follow-up action to an inspection of the user's county. */
    public void followUp(long inspectionId, FollowUpKind kind, String targetUnit, String reason, LocalDate dueOn,
            SignedInUser actor) {
        one(inspectionId, actor);
        if (kind == null) {
            throw SupervisionRefusedException.ofField("kind", "followUp.error.kind");
        }
        String unit = required(targetUnit, 100, "targetUnit", "followUp.error.unit");
        String why = required(reason, 1000, "reason", "followUp.error.reason");
        if (dueOn == null) {
            throw SupervisionRefusedException.ofField("dueOn", "followUp.error.due");
        }
        jdbc.update("insert into follow_up (inspection_id, kind, target_unit, reason, due_on, recorded_by) "
                + "values (?, ?, ?, ?, ?, ?)", inspectionId, kind.name(), unit, why, dueOn, actor.username());
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "inspection", inspectionId, "follow-up " + kind
                + " " + unit);
    }

    /** Closes a follow-up (the unit has put things right, or the action was carried out) at the version read. */
    public void close(long followUpId, long expectedVersion, LocalDate closedOn, String closure, SignedInUser actor) {
        List<Long> inspection = jdbc.queryForList("select inspection_id from follow_up where id = ?", Long.class,
                followUpId);
        if (inspection.isEmpty()) {
            throw denied("follow_up", followUpId);
        }
        one(inspection.get(0), actor);
        String text = required(closure, 1000, "closure", "followUp.error.closure");
        if (closedOn == null || closedOn.isAfter(today())) {
            throw SupervisionRefusedException.ofField("closedOn", "followUp.error.closedOn");
        }
        int changed = jdbc.update("update follow_up set closed_on = ?, closure = ?, closed_by = ?, version = version + 1"
                + " where id = ? and version = ? and closed_on is null", closedOn, text, actor.username(), followUpId,
                expectedVersion);
        if (changed == 0) {
            throw new SupervisionRefusedException("common.error.concurrentEdit");
        }
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "follow_up", followUpId, "closed");
    }

    /**
     * The inspections of the user's county, the latest 200 first, with their findings and follow-ups: three reads
     * whatever their number.
     */
    @Transactional(readOnly = true)
    public List<Inspection> list(SignedInUser actor) {
        RegionCode county = countyOf(actor);
        List<Inspection> heads = jdbc.query("select * from inspection where county_code = ? "
                + "order by inspected_on desc, id desc limit 200", (rs, n) -> inspection(rs, List.of(), List.of()),
                county.value());
        if (heads.isEmpty()) {
            return heads;
        }
        Long[] ids = heads.stream().map(Inspection::id).toArray(Long[]::new);
        Map<Long, List<Finding>> findings = new HashMap<>();
        jdbc.query(FINDINGS + " where f.inspection_id = any (?) order by f.id", rs -> {
            findings.computeIfAbsent(rs.getLong("inspection_id"), k -> new ArrayList<>()).add(finding(rs));
        }, (Object) ids);
        Map<Long, List<FollowUp>> followUps = new HashMap<>();
        jdbc.query("select * from follow_up where inspection_id = any (?) order by id", rs -> {
            followUps.computeIfAbsent(rs.getLong("inspection_id"), k -> new ArrayList<>()).add(followUp(rs));
        }, (Object) ids);
        return heads.stream().map(i -> new Inspection(i.id(), i.countyCode(), i.kind(), i.inspectedOn(),
                i.inspectors(), i.units(), i.summary(), i.recordedBy(), findings.getOrDefault(i.id(), List.of()),
                followUps.getOrDefault(i.id(), List.of()))).toList();
    }

    /** One inspection of the user's county; another county's answers like a missing one (and is audited). */
    @Transactional(readOnly = true)
    public Inspection one(long id, SignedInUser actor) {
        RegionCode county = countyOf(actor);
        List<String> owner = jdbc.queryForList("select county_code from inspection where id = ?", String.class, id);
        if (owner.isEmpty() || !owner.get(0).equals(county.value())) {
            throw denied("inspection", id);
        }
        return read(id);
    }

    /** Every follow-up of the user's county, open ones first. */
    @Transactional(readOnly = true)
    public List<FollowUp> followUps(SignedInUser actor) {
        return jdbc.query("select f.* from follow_up f join inspection i on i.id = f.inspection_id "
                + "where i.county_code = ? order by f.closed_on nulls first, f.due_on, f.id", (rs, n) -> followUp(rs),
                countyOf(actor).value());
    }

    private static final String FINDINGS = """
            select f.inspection_id, f.task_id, f.item_id, f.finding,
                   coalesce(t.code || ' ' || t.title, p.level || ' ' || p.number || ' ' || p.title) as subject
            from inspection_finding f
            left join plan_task t on t.id = f.task_id
            left join pattern_item p on p.id = f.item_id
            """;

    private Inspection read(long id) {
        return jdbc.queryForObject("select * from inspection where id = ?", (rs, n) -> inspection(rs,
                jdbc.query(FINDINGS + " where f.inspection_id = ? order by f.id", (r, m) -> finding(r), id),
                jdbc.query("select * from follow_up where inspection_id = ? order by id", (r, m) -> followUp(r), id)),
                id);
    }

    private static Inspection inspection(java.sql.ResultSet rs, List<Finding> findings, List<FollowUp> followUps)
            throws java.sql.SQLException {
        return new Inspection(rs.getLong("id"), rs.getString("county_code"), Kind.valueOf(rs.getString("kind")),
                rs.getObject("inspected_on", LocalDate.class), rs.getString("inspectors"), rs.getString("units"),
                rs.getString("summary"), rs.getString("recorded_by"), findings, followUps);
    }

    private static Finding finding(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Finding(rs.getObject("task_id", Long.class), rs.getObject("item_id", Long.class),
                rs.getString("subject"), rs.getString("finding"));
    }

    private static FollowUp followUp(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FollowUp(rs.getLong("id"), rs.getLong("version"), rs.getLong("inspection_id"),
                FollowUpKind.valueOf(rs.getString("kind")), rs.getString("target_unit"), rs.getString("reason"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                rs.getString("closure"), rs.getString("recorded_by"), rs.getString("closed_by"));
    }

    private Long ownId(String sql, String id, RegionCode county) {
        try {
            List<Long> found = jdbc.queryForList(sql, Long.class, Long.parseLong(id), county.value());
            if (found.isEmpty()) {
                throw SupervisionRefusedException.ofField("subject", "inspection.error.subject");
            }
            return found.get(0);
        } catch (NumberFormatException e) {
            throw SupervisionRefusedException.ofField("subject", "inspection.error.subject");
        }
    }

    private OutsideJurisdictionException denied(String what, long id) {
        audit.record(AuditAction.ACCESS_DENIED, what, id, AuditOutcome.DENIED, "supervision");
        return new OutsideJurisdictionException(what + " " + id);
    }

    /** The county whose records the user keeps: the inspector's or the county office's own (at county level). */
    static RegionCode countyOf(SignedInUser actor) {
        RegionCode county = actor.jurisdiction().county();
        if (!(actor.role() == Role.INSPECTOR || actor.role() == Role.COUNTY) || county == null
                || county.level() != org.guanai.registry.region.RegionLevel.COUNTY) {
            throw new SupervisionRefusedException("inspection.error.noAccess");
        }
        return county;
    }

    private static String required(String s, int max, String field, String key) {
        return Texts.checked(s, max, true, () -> SupervisionRefusedException.ofField(field, key));
    }

    private static String optional(String s, int max, String field, String key) {
        return Texts.checked(s, max, false, () -> SupervisionRefusedException.ofField(field, key));
    }
}
