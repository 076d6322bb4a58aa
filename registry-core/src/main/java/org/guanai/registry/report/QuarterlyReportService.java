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
import org.guanai.registry.account.ExportRight;
import org.guanai.registry.account.Role;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.casework.CaseActor;
import org.guanai.registry.jurisdiction.NotPermittedException;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Sha256;
import org.guanai.registry.shared.Texts;
import org.guanai.registry.shared.UploadedFiles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly report chain: a town submits (figures and workbook frozen), 教育 and 公安 verify
 * their columns beside the town's figures, the county approves or returns (every revision kept), and the
 * county's attachment 3 sums the approved towns. Who may do what is decided here, for every caller. Each report counts
 * the events of its own period ({@link #nextPeriod}); docs/reports.md says how the chain and its periods work.
 */
@Service
@Transactional
public class QuarterlyReportService {

    /** Who takes part in the chain or reads it: a village worker does not (its town reports for it). */
    private static final Set<Role> REPORT_READERS = EnumSet.of(Role.COUNTY, Role.TOWN, Role.DEPARTMENT,
            Role.INSPECTOR);

    private final QuarterlyReportRepository reports;
    private final VerificationRepository verifications;
    private final RegionService regions;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final Attachment3Query count;
    private final JdbcTemplate jdbc;
    private final RegistryProperties properties;
    private final Clock clock;

    QuarterlyReportService(QuarterlyReportRepository reports, VerificationRepository verifications,
            RegionService regions, OrganisationService organisations, AuditService audit, Attachment3Query count,
            JdbcTemplate jdbc, RegistryProperties properties, Clock clock) {
        this.reports = reports;
        this.verifications = verifications;
        this.regions = regions;
        this.organisations = organisations;
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

    public LocalDate deadline(Quarter quarter) {
        return quarter.deadline(properties.reports().deadlineDay());
    }

    /**
     * The last day for 教育 and 公安 to verify a submitted report: {@code registry.reports.verification-days} working days
     * (Monday to Friday; public holidays are not known to the system) after the day it was submitted.
     */
    public LocalDate verificationDue(QuarterlyReport r) {
        LocalDate day = LocalDate.ofInstant(r.getSubmittedAt(), properties.timeZone());
        int left = properties.reports().verificationDays();
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return day;
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
    public List<TownLine> overview(Quarter quarter, CaseActor actor) {
        RegionCode scope = scopeOf(actor);
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
        LocalDate deadline = deadline(quarter);
        LocalDate today = today();
        List<TownLine> lines = new ArrayList<>();
        for (Region town : towns) {
            QuarterlyReport r = latest.get(town.getCode());
            boolean late = r == null ? today.isAfter(deadline) : r.isLate();
            Map<Attachment3Column, Verification> verified = r == null ? Map.of() : checks.getOrDefault(r.getId(), Map.of());
            LocalDate due = r == null || r.getStatus() != ReportStatus.SUBMITTED ? null : verificationDue(r);
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
    public TownLine town(RegionCode town, Quarter quarter, CaseActor actor) {
        requireTown(town, actor, "read");
        return overview(quarter, actor).stream().filter(l -> l.town().getCode().equals(town.value())).findFirst()
                .orElseThrow(() -> outside(town, "read"));
    }

    @Transactional(readOnly = true)
    public List<QuarterlyReport> revisions(RegionCode town, Quarter quarter, CaseActor actor) {
        requireTown(town, actor, "read");
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
            CaseActor actor) {
        if (actor.role() != Role.TOWN) {
            throw new ReportRefusedException("report.error.townSubmits");
        }
        requireTown(town, actor, "submit");
        String leader = leaderName == null ? "" : leaderName.strip();
        if (leader.isEmpty() || leader.length() > 50) {
            throw new ReportRefusedException("report.error.leader");
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
            CaseActor actor) {
        checkMaySubmit(town, quarter, leaderName, written, actor);
        String leader = leaderName.strip();
        if (!period.from().equals(nextPeriod(town, quarter).from())) {
            // An earlier report was decided while this one was being generated: its figures belong to another period.
            throw new ReportRefusedException("report.error.alreadySubmitted");
        }
        Optional<QuarterlyReport> latest = reports.latest(town.value(), quarter.toString());
        boolean late = today().isAfter(deadline(quarter));
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

    /**
     * 教育 or 公安 checks its columns of a submitted report: a null value confirms the town's figure, a number
     * corrects it (kept beside it). Columns of the other line, or a report not waiting, are refused.
     */
    public void verify(long reportId, Map<Attachment3Column, Integer> corrections, String note, CaseActor actor) {
        Attachment3Column.Verifier line = verifierOf(actor);
        QuarterlyReport r = reports.findById(reportId).orElseThrow(() -> outside(null, "verify"));
        requireTown(RegionCode.of(r.getRegionCode()), actor, "verify");
        if (r.getStatus() != ReportStatus.SUBMITTED) {
            throw new ReportRefusedException("report.error.notWaiting");
        }
        for (Map.Entry<Attachment3Column, Integer> e : corrections.entrySet()) {
            if (e.getKey().verifier() != line) {
                throw new ReportRefusedException("report.error.notYourColumn");
            }
            if (e.getValue() != null && e.getValue() < 0) {
                throw new ReportRefusedException("report.error.negative");
            }
        }
        String cleanNote = Texts.strippedOrNull(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            throw new ReportRefusedException("report.error.noteTooLong");
        }
        for (Attachment3Column col : Attachment3Column.values()) {
            if (col.verifier() != line) {
                continue;
            }
            Verification v = verifications.findByReportIdAndCol(reportId, col).orElseGet(() -> new Verification(reportId, col));
            Integer corrected = corrections.get(col);
            v.record(corrected != null && corrected == r.getFigures().get(col) ? null : corrected, cleanNote,
                    actor.username(), clock.instant());
            verifications.save(v);
        }
        audit.recordWithChange(AuditAction.REPORT_VERIFIED, "quarterly_report", reportId, line.name());
    }

    /**
     * The county confirms a department's columns in its place (代为确认) when the department has not verified, with the
     * reason (audited): the town's figures are counted as submitted. Refused once the department has verified.
     */
    public void confirmOnBehalf(long reportId, Attachment3Column.Verifier line, String reason, CaseActor actor) {
        if (actor.role() != Role.COUNTY) {
            throw new ReportRefusedException("report.error.countyDecides");
        }
        QuarterlyReport r = reports.findById(reportId).orElseThrow(() -> outside(null, "confirm"));
        requireTown(RegionCode.of(r.getRegionCode()), actor, "confirm");
        if (r.getStatus() != ReportStatus.SUBMITTED) {
            throw new ReportRefusedException("report.error.notWaiting");
        }
        String why = Texts.strippedOrNull(reason);
        if (why == null || why.length() > 500) {
            throw new ReportRefusedException("report.error.onBehalfReason");
        }
        if (verifiedLines(reportId).contains(line)) {
            throw new ReportRefusedException("report.error.alreadyVerified");
        }
        for (Attachment3Column col : line.columns()) {
            Verification v = new Verification(reportId, col);
            v.confirmOnBehalf(why, actor.username(), clock.instant());
            verifications.save(v);
        }
        audit.recordWithChange(AuditAction.REPORT_VERIFIED, "quarterly_report", reportId,
                line.name() + " 代为确认：" + why);
    }

    /** Approval waits for both departments' verification (or the county's 代为确认) of the report's columns. */
    public QuarterlyReport approve(long reportId, long expectedVersion, CaseActor actor) {
        if (actor.role() == Role.COUNTY && !verifiedLines(reportId).containsAll(EnumSet.allOf(Attachment3Column.Verifier.class))) {
            throw new ReportRefusedException("report.error.unverified");
        }
        return decide(reportId, expectedVersion, ReportStatus.APPROVED, null, actor);
    }

    private Set<Attachment3Column.Verifier> verifiedLines(long reportId) {
        Set<Attachment3Column.Verifier> lines = EnumSet.noneOf(Attachment3Column.Verifier.class);
        verifications.findByReportIdIn(List.of(reportId)).forEach(v -> lines.add(v.getLine()));
        return lines;
    }

    /** The county returns a report with a comment; the town can then submit a new revision. */
    public QuarterlyReport returnToTown(long reportId, long expectedVersion, String comment, CaseActor actor) {
        String c = comment == null ? "" : comment.strip();
        if (c.isEmpty() || c.length() > 500) {
            throw new ReportRefusedException("report.error.comment");
        }
        return decide(reportId, expectedVersion, ReportStatus.RETURNED, c, actor);
    }

    private QuarterlyReport decide(long reportId, long expectedVersion, ReportStatus decision, String comment,
            CaseActor actor) {
        if (actor.role() != Role.COUNTY) {
            throw new ReportRefusedException("report.error.countyDecides");
        }
        QuarterlyReport r = reports.findById(reportId).orElseThrow(() -> outside(null, "decide"));
        requireTown(RegionCode.of(r.getRegionCode()), actor, "decide");
        if (r.getStatus() != ReportStatus.SUBMITTED) {
            throw new ReportRefusedException("report.error.notWaiting");
        }
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
     * The workbook frozen at submission, with every roster and form, for a role that may export its jurisdiction's
     * people in full (account.ExportRight#FULL); the download is audited. A town sees only its own (404 otherwise);
     * other roles get {@link #figuresOnly} instead.
     */
    @Transactional(readOnly = true)
    public byte[] workbook(long reportId, CaseActor actor) {
        QuarterlyReport r = visibleReport(reportId, actor, "download");
        if (actor.role().exportRight() != ExportRight.FULL) {
            audit.record(AuditAction.ACCESS_DENIED, "quarterly_report", reportId, AuditOutcome.DENIED,
                    "town workbook (" + actor.role().exportRight() + ")");
            throw new NotPermittedException("town workbook " + reportId);
        }
        audit.record(AuditAction.EXPORT, "quarterly_report", reportId, AuditOutcome.SUCCESS, "town workbook r"
                + r.getRevision() + ": " + r.getChildrenCount() + " children, " + r.getEldersCount() + " elders");
        return jdbc.queryForObject("select content from quarterly_report_workbook where report_id = ?", byte[].class,
                reportId);
    }

    /**
     * A submitted report's attachment 3 row as it was frozen, without the rosters and forms: what a department that
     * verifies the figures, or an inspector, may download of a town's report. Audited.
     */
    @Transactional(readOnly = true)
    public QuarterlyReport figuresOnly(long reportId, CaseActor actor) {
        QuarterlyReport r = visibleReport(reportId, actor, "download");
        audit.record(AuditAction.EXPORT, "quarterly_report", reportId, AuditOutcome.SUCCESS,
                "town figures r" + r.getRevision() + " (attachment 3 only)");
        return r;
    }

    /** A file of a town's written report, as listed beside the report. */
    public record ReportFile(long id, String fileName, String contentType, int sizeBytes, String sha256) {
    }

    /** The files that came with a report (its written report's attachments), for whoever may read the report. */
    @Transactional(readOnly = true)
    public List<ReportFile> files(long reportId, CaseActor actor) {
        visibleReport(reportId, actor, "read");
        return jdbc.query("select id, file_name, content_type, size_bytes, sha256 from quarterly_report_file "
                + "where report_id = ? order by id", (rs, i) -> new ReportFile(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5)), reportId);
    }

    /** One file of a report's written report, with its content; audited. 404 when it is not the user's town's. */
    @Transactional(readOnly = true)
    public FileDownload file(long fileId, CaseActor actor) {
        List<Long> report = jdbc.queryForList("select report_id from quarterly_report_file where id = ?", Long.class,
                fileId);
        if (report.isEmpty()) {
            throw outside(null, "download file");
        }
        visibleReport(report.get(0), actor, "download file");
        audit.record(AuditAction.EXPORT, "quarterly_report", report.get(0), AuditOutcome.SUCCESS,
                "written report file " + fileId);
        return jdbc.queryForObject("select file_name, content_type, content from quarterly_report_file where id = ?",
                (rs, i) -> new FileDownload(rs.getString(1), rs.getString(2), rs.getBytes(3)), fileId);
    }

    public record FileDownload(String fileName, String contentType, byte[] content) {
    }

    private QuarterlyReport visibleReport(long reportId, CaseActor actor, String attempt) {
        QuarterlyReport r = reports.findById(reportId).orElseThrow(() -> outside(null, attempt));
        requireTown(RegionCode.of(r.getRegionCode()), actor, attempt);
        return r;
    }

    /**
     * The county's attachment 3: every town's line and the total of the approved towns, counted with the
     * departments' corrections. Audited as an export.
     */
    @Transactional(readOnly = true)
    public CountySheet county(Quarter quarter, CaseActor actor) {
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
    public RangeSheet range(LocalDate first, LocalDate last, CaseActor actor) {
        if (!(actor.role() == Role.COUNTY || actor.role() == Role.INSPECTOR)) {
            throw new ReportRefusedException("report.error.countyDecides");
        }
        if (first == null || last == null || first.isAfter(last) || last.isAfter(today())
                || first.isBefore(last.minusYears(5))) {
            throw new ReportRefusedException("report.error.range");
        }
        RegionCode scope = scopeOf(actor);
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

    /** The columns the user verifies (教育 or 公安), if any. */
    @Transactional(readOnly = true)
    public Optional<Attachment3Column.Verifier> verifierLine(CaseActor actor) {
        try {
            return Optional.of(verifierOf(actor));
        } catch (ReportRefusedException e) {
            return Optional.empty();
        }
    }

    private Attachment3Column.Verifier verifierOf(CaseActor actor) {
        if (actor.role() == Role.DEPARTMENT) {
            DepartmentType type = organisations.find(actor.jurisdiction().organisationId())
                    .map(o -> o.getDepartmentType()).orElse(null);
            if (type == DepartmentType.EDUCATION) {
                return Attachment3Column.Verifier.EDUCATION;
            }
            if (type == DepartmentType.POLICE) {
                return Attachment3Column.Verifier.POLICE;
            }
        }
        throw new ReportRefusedException("report.error.verifierOnly");
    }

    /**
     * The region whose towns the user sees: its own region, or the region its department serves. A village worker is
     * not part of the chain (the town reports for its villages) and sees no town's report: a report holds the whole
     * town's people.
     */
    private RegionCode scopeOf(CaseActor actor) {
        RegionCode region = actor.jurisdiction().region();
        if (region == null || region.level() == RegionLevel.VILLAGE || !REPORT_READERS.contains(actor.role())) {
            throw new ReportRefusedException("report.error.noAccess");
        }
        return region;
    }


    private void requireTown(RegionCode town, CaseActor actor, String attempt) {
        if (town.level() != RegionLevel.TOWN || !scopeOf(actor).covers(town) || regions.find(town.value()).isEmpty()) {
            throw outside(town, attempt);
        }
    }

    private OutsideJurisdictionException outside(RegionCode town, String attempt) {
        audit.record(AuditAction.ACCESS_DENIED, "quarterly_report", town == null ? null : town.value(),
                AuditOutcome.DENIED, attempt);
        return new OutsideJurisdictionException("quarterly report " + town);
    }
}
