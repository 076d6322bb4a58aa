package org.guanai.registry.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Sha256;
import org.guanai.registry.shared.UploadedFiles;
import org.springframework.dao.DataIntegrityViolationException;
import org.guanai.registry.plan.CountyPlans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly report chain: a town submits (figures and workbook frozen), 教育 and 公安 verify
 * their columns beside the town's figures ({@link ReportVerifications}), the county approves or returns (every
 * revision kept), and the county's attachment 3 sums the approved towns. Who may read which town is
 * {@link ReportAccess}'s to decide, for every caller; downloads are {@link ReportDownloads}'. Each report counts the
 * events of its own period ({@link #nextPeriod}); docs/reports.md says how the chain and its periods work.
 */
@Service
@Transactional
public class QuarterlyReportService {

    private final QuarterlyReportRepository reports;
    private final VerificationRepository verifications;
    private final RegionService regions;
    private final ReportAccess access;
    private final ReportVerifications verifying;
    private final AuditService audit;
    private final Attachment3Query count;
    private final JdbcTemplate jdbc;
    private final RegistryProperties properties;
    private final Clock clock;
    private final CountyPlans plans;

    QuarterlyReportService(QuarterlyReportRepository reports, VerificationRepository verifications,
            RegionService regions, ReportAccess access, ReportVerifications verifying, AuditService audit, Attachment3Query count,
            JdbcTemplate jdbc, RegistryProperties properties, CountyPlans plans, Clock clock) {
        this.plans = plans;
        this.reports = reports;
        this.verifications = verifications;
        this.regions = regions;
        this.access = access;
        this.verifying = verifying;
        this.audit = audit;
        this.count = count;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** One town's line of the quarter: its latest report (if any), the deadline, lateness, verifications. */
    public record TownLine(Region town, QuarterlyReport latest, LocalDate deadline, boolean late,
            Map<Attachment3Column, Verification> verified, LocalDate verificationDue,
            Set<Attachment3Column.Verifier> overdueVerifiers) {

        public ReportStatus status() {
            return latest == null ? null : latest.getStatus();
        }

        /** The departments that have checked the latest revision. */
        public Set<Attachment3Column.Verifier> verifiedLines() {
            Set<Attachment3Column.Verifier> lines = EnumSet.noneOf(Attachment3Column.Verifier.class);
            verified.values().forEach(v -> lines.add(v.getLine()));
            return lines;
        }

        /** One of the department's checks of the latest revision (who, when, on whose behalf), or null. */
        public Verification verificationOf(Attachment3Column.Verifier line) {
            return verified.values().stream().filter(v -> v.getLine() == line).findFirst().orElse(null);
        }

        /** The departments that have not yet checked a waiting report (approval waits for them). */
        public Set<Attachment3Column.Verifier> unverifiedLines() {
            Set<Attachment3Column.Verifier> lines = EnumSet.allOf(Attachment3Column.Verifier.class);
            lines.removeAll(verifiedLines());
            return lines;
        }

        /** The figure to count: a department's correction where there is one, else the town's. */
        public Attachment3Figures countedFigures() {
            EnumMap<Attachment3Column, Integer> values = new EnumMap<>(latest.getFigures().values());
            verified.forEach((col, v) -> {
                if (v.getCorrected() != null) {
                    values.put(col, v.getCorrected());
                }
            });
            return new Attachment3Figures(values);
        }
    }

    /**
     * The last day a town of {@code county} submits the quarter's report: the day its plan names (Changbai: the 20th of
     * the quarter's last month; Longli: the quarter's last day), else the installation's setting.
     */
    public LocalDate deadline(Quarter quarter, RegionCode county) {
        return quarter.deadline(plans.reportDeadlineDay(county, properties.reports().deadlineDay()));
    }

    /** Reads no data, so it opens no transaction (the class's default would take a connection for it). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LocalDate today() {
        return properties.today(clock);
    }

    /** The installation's zone, in which periods and deadlines are read. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public ZoneId zone() {
        return properties.timeZone();
    }

    /** Every town the user may see for the quarter (a town clerk: its own), in code order. */
    @Transactional(readOnly = true)
    public List<TownLine> overview(Quarter quarter, SignedInUser actor) {
        RegionCode scope = access.scopeOf(actor);
        List<Region> towns = scope.level() == RegionLevel.TOWN ? regions.find(scope.value()).stream().toList()
                : regions.subtree(scope).stream().filter(r -> r.getLevel() == RegionLevel.TOWN).toList();
        Map<String, QuarterlyReport> latest = new HashMap<>();
        for (QuarterlyReport r : reports.inQuarter(quarter.toString(), RegionCode.lowestWithPrefix(scope.prefix()),
                RegionCode.highestWithPrefix(scope.prefix()))) {
            latest.putIfAbsent(r.getRegionCode(), r);
        }
        Map<Long, Map<Attachment3Column, Verification>> checks = new HashMap<>();
        verifications.findByReportIdIn(latest.values().stream().map(QuarterlyReport::getId).toList())
                .forEach(v -> checks.computeIfAbsent(v.getReportId(), k -> new EnumMap<>(Attachment3Column.class))
                        .put(v.getColumn(), v));
        LocalDate deadline = deadline(quarter, scope.countyOrAbove());
        LocalDate today = today();
        List<TownLine> lines = new ArrayList<>();
        for (Region town : towns) {
            QuarterlyReport r = latest.get(town.getCode());
            boolean late = r == null ? today.isAfter(deadline) : r.isLate();
            Map<Attachment3Column, Verification> verified = r == null ? Map.of() : checks.getOrDefault(r.getId(), Map.of());
            LocalDate due = r == null || r.getStatus() != ReportStatus.SUBMITTED ? null : verifying.verificationDue(r);
            Set<Attachment3Column.Verifier> overdue = EnumSet.noneOf(Attachment3Column.Verifier.class);
            if (due != null && today.isAfter(due)) {
                overdue.addAll(EnumSet.allOf(Attachment3Column.Verifier.class));
                verified.values().forEach(v -> overdue.remove(v.getLine()));
            }
            lines.add(new TownLine(town, r, deadline, late, verified, due, overdue));
        }
        return lines;
    }

    /** One town's line, or 404 (audited) when the user may not see the town. */
    @Transactional(readOnly = true)
    public TownLine town(RegionCode town, Quarter quarter, SignedInUser actor) {
        access.requireTown(town, actor, "read");
        return overview(quarter, actor).stream().filter(l -> l.town().getCode().equals(town.value())).findFirst()
                .orElseThrow(() -> access.outside(town, "read"));
    }

    @Transactional(readOnly = true)
    public List<QuarterlyReport> revisions(RegionCode town, Quarter quarter, SignedInUser actor) {
        access.requireTown(town, actor, "read");
        return reports.revisions(town.value(), quarter.toString());
    }

    /**
     * The period a report of {@code town} for {@code quarter} generated today counts (docs/reports.md, 统计期): from the
     * cut-off of the town's last approved report of an earlier quarter (when there is none: the first day of the first
     * quarter it reported, or of this one), to the start of today. Events recorded today fall into the next report, so a report is the same whenever in the
     * day it is generated.
     */
    @Transactional(readOnly = true)
    public ReportPeriod nextPeriod(RegionCode town, Quarter quarter) {
        ZoneId zone = properties.timeZone();
        List<QuarterlyReport> earlier = reports.ofTown(town.value()).stream()
                .filter(r -> r.getQuarter().compareTo(quarter) < 0).toList();
        // Without an approved report, from the first quarter the town ever reported (a report returned and never
        // resubmitted leaves its events to this one), or this quarter's first day.
        Instant from = earlier.stream().filter(r -> r.getStatus() == ReportStatus.APPROVED)
                .map(r -> r.getPeriod().to()).max(Comparator.naturalOrder())
                .orElseGet(() -> earlier.stream().map(QuarterlyReport::getQuarter).min(Comparator.naturalOrder())
                        .orElse(quarter).start(zone).toInstant());
        Instant to = today().atStartOfDay(zone).toInstant();
        return new ReportPeriod(from, to.isBefore(from) ? from : to);
    }

    /**
     * Refuses a submission the chain cannot take: not a town clerk, a quarter not yet begun, a revision waiting for the
     * county or approved, an earlier quarter still waiting (its period would be unknown), a later quarter already
     * submitted (its period took this one's events). Checked before the workbook is generated, and again on saving.
     */
    @Transactional(readOnly = true)
    public void checkMaySubmit(RegionCode town, Quarter quarter, String leaderName, WrittenReport written,
            SignedInUser actor) {
        if (actor.role() != Role.TOWN) {
            throw new ReportRefusedException("report.error.townSubmits");
        }
        access.requireTown(town, actor, "submit");
        String leader = leaderName == null ? "" : leaderName.strip();
        if (leader.isEmpty() || leader.length() > 50) {
            throw ReportRefusedException.ofField("leaderName", "report.error.leader");
        }
        written.check();
        if (today().isBefore(quarter.firstDay())) {
            throw new ReportRefusedException("report.error.notStarted");
        }
        Map<Quarter, QuarterlyReport> latestByQuarter = new HashMap<>();
        reports.ofTown(town.value()).forEach(r -> latestByQuarter.putIfAbsent(r.getQuarter(), r));
        for (QuarterlyReport r : latestByQuarter.values()) {
            int order = r.getQuarter().compareTo(quarter);
            if (order == 0 && r.getStatus() != ReportStatus.RETURNED) {
                throw new ReportRefusedException("report.error.alreadySubmitted");
            }
            if (order < 0 && r.getStatus() == ReportStatus.SUBMITTED) {
                throw new ReportRefusedException("report.error.earlierWaiting");
            }
            if (order > 0) {
                throw new ReportRefusedException("report.error.laterSubmitted");
            }
        }
    }

    /**
     * The town clerk submits, signed by the town's leader: figures (counted over {@code period}, from
     * {@link #nextPeriod}) and workbook are frozen as revision 1, or the next revision after a return.
     */
    public QuarterlyReport submit(RegionCode town, Quarter quarter, String leaderName, WrittenReport written,
            ReportPeriod period, Attachment3Figures figures, int childrenCount, int eldersCount, byte[] workbook,
            SignedInUser actor) {
        checkMaySubmit(town, quarter, leaderName, written, actor);
        String leader = leaderName.strip();
        if (!period.from().equals(nextPeriod(town, quarter).from())) {
            // An earlier report was decided while this one was being generated: its figures belong to another period.
            throw new ReportRefusedException("report.error.alreadySubmitted");
        }
        Optional<QuarterlyReport> latest = reports.latest(town.value(), quarter.toString());
        boolean late = today().isAfter(deadline(quarter, town.countyOrAbove()));
        QuarterlyReport r;
        try {
            r = reports.saveAndFlush(new QuarterlyReport(town.value(), quarter,
                    latest.map(QuarterlyReport::getRevision).orElse(0) + 1, leader, actor.username(), clock.instant(),
                    late, period, figures, childrenCount, eldersCount, written.text().strip()));
        } catch (DataIntegrityViolationException e) {
            // Two clerks submitting at once: the revision is unique, the second one is told, nothing is half written.
            throw new ReportRefusedException("report.error.alreadySubmitted");
        }
        jdbc.update("insert into quarterly_report_workbook (report_id, content) values (?, ?)", r.getId(), workbook);
        for (WrittenReport.File f : written.files()) {
            jdbc.update("""
                    insert into quarterly_report_file (report_id, file_name, content_type, size_bytes, sha256, content)
                    values (?, ?, ?, ?, ?, ?)
                    """, r.getId(), UploadedFiles.name(f.name(), "附件"), WrittenReport.contentType(f.content()),
                    f.content().length, Sha256.hex(f.content()), f.content());
        }
        audit.recordWithChange(AuditAction.REPORT_SUBMITTED, "quarterly_report", r.getId(),
                town.value() + " " + quarter + " r" + r.getRevision());
        return r;
    }

    /** Approval waits for both departments' verification (or the county's 代为确认) of the report's columns. */
    public QuarterlyReport approve(long reportId, long expectedVersion, SignedInUser actor) {
        if (actor.role() == Role.COUNTY && !verifying.verifiedLines(reportId).containsAll(EnumSet.allOf(Attachment3Column.Verifier.class))) {
            throw new ReportRefusedException("report.error.unverified");
        }
        return decide(reportId, expectedVersion, ReportStatus.APPROVED, null, actor);
    }

    /** The county returns a report with a comment; the town can then submit a new revision. */
    public QuarterlyReport returnToTown(long reportId, long expectedVersion, String comment, SignedInUser actor) {
        String c = comment == null ? "" : comment.strip();
        if (c.isEmpty() || c.length() > 500) {
            throw new ReportRefusedException("report.error.comment");
        }
        return decide(reportId, expectedVersion, ReportStatus.RETURNED, c, actor);
    }

    private QuarterlyReport decide(long reportId, long expectedVersion, ReportStatus decision, String comment,
            SignedInUser actor) {
        if (actor.role() != Role.COUNTY) {
            throw new ReportRefusedException("report.error.countyDecides");
        }
        QuarterlyReport r = access.waitingReport(reportId, actor, "decide");
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(List.of());
        }
        r.decide(decision, actor.username(), clock.instant(), comment);
        reports.saveAndFlush(r);
        audit.recordWithChange(decision == ReportStatus.APPROVED ? AuditAction.REPORT_APPROVED
                : AuditAction.REPORT_RETURNED, "quarterly_report", reportId, comment);
        return r;
    }

    /**
     * The county's attachment 3: every town's line and the total of the approved towns, counted with the
     * departments' corrections. Audited as an export.
     */
    @Transactional(readOnly = true)
    public CountySheet county(Quarter quarter, SignedInUser actor) {
        if (!(actor.role() == Role.COUNTY || actor.role() == Role.INSPECTOR)) {
            throw new ReportRefusedException("report.error.countyDecides");
        }
        List<TownLine> lines = overview(quarter, actor);
        Attachment3Figures total = Attachment3Figures.sum(lines.stream()
                .filter(l -> l.status() == ReportStatus.APPROVED).map(TownLine::countedFigures).toList());
        audit.record(AuditAction.EXPORT, "quarterly_report", quarter.toString(), AuditOutcome.SUCCESS, "county sheet");
        return new CountySheet(lines, total);
    }

    /** The county's attachment 3: the towns' lines in code order and the approved towns' total. */
    public record CountySheet(List<TownLine> lines, Attachment3Figures total) {
    }

    /**
     * Attachment 3 for any span of whole days (1–8 月 for the September summary, a year …), counted live by the same
     * query as the reports: events recorded within the days, totals as they stand now. Every town of the user's region
     * and their sum, submitted or not. For the county office and an inspector; audited as an export.
     */
    @Transactional(readOnly = true)
    public RangeSheet range(LocalDate first, LocalDate last, SignedInUser actor) {
        if (!(actor.role() == Role.COUNTY || actor.role() == Role.INSPECTOR)) {
            throw new ReportRefusedException("report.error.countyDecides");
        }
        if (first == null || last == null || first.isAfter(last) || last.isAfter(today())
                || first.isBefore(last.minusYears(5))) {
            throw new ReportRefusedException("report.error.range");
        }
        RegionCode scope = access.scopeOf(actor);
        ReportPeriod period = ReportPeriod.days(first, last, properties.timeZone());
        Map<String, Attachment3Figures> counted = count.byTown(scope, period);
        List<Region> towns = regions.subtree(scope).stream().filter(r -> r.getLevel() == RegionLevel.TOWN).toList();
        List<RangeLine> lines = towns.stream()
                .map(t -> new RangeLine(t, counted.getOrDefault(t.getCode(), Attachment3Figures.zero()))).toList();
        audit.record(AuditAction.EXPORT, "quarterly_report", scope.value(), AuditOutcome.SUCCESS,
                "attachment 3 for " + first + " – " + last);
        return new RangeSheet(period, lines, Attachment3Figures.sum(lines.stream().map(RangeLine::figures).toList()));
    }

    /** Attachment 3 for a span of days: each town's figures in code order and their sum. */
    public record RangeSheet(ReportPeriod period, List<RangeLine> lines, Attachment3Figures total) {

        /** The figures of one town of the sheet. */
        public Attachment3Figures of(String townCode) {
            return lines.stream().filter(l -> l.town().getCode().equals(townCode)).map(RangeLine::figures).findFirst()
                    .orElseThrow();
        }
    }

    public record RangeLine(Region town, Attachment3Figures figures) {
    }

}
