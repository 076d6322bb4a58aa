package org.guanai.registry.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.account.ExportRight;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.ChildFilter;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.ElderFilter;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.person.ListSort;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.roster.RosterEntry;
import org.guanai.registry.roster.RosterExports;
import org.guanai.registry.roster.RosterHeading;
import org.guanai.registry.roster.RosterWriter;
import org.guanai.registry.shared.Quarter;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.stereotype.Service;

/**
 * The workbooks of the report chain: a town's report (attachment 3 row, the rosters of attachments 4 and 6
 * and the registration forms of attachments 5 and 7, as sheets of one workbook) generated from live data and frozen at submission, and the county's
 * attachment 3 for the prefecture.
 */
@Service
public class QuarterlyWorkbooks {

    private final QuarterlyReportService chain;
    private final ReportDownloads reportDownloads;
    private final Attachment3Query figures;
    private final RosterExports rosters;
    private final RegistrationForms forms;
    private final ChildService children;
    private final ElderService elders;
    private final RegionService regions;
    private final RegistryProperties properties;

    QuarterlyWorkbooks(QuarterlyReportService chain, ReportDownloads reportDownloads, Attachment3Query figures, RosterExports rosters,
            RegistrationForms forms, ChildService children, ElderService elders, RegionService regions,
            RegistryProperties properties) {
        this.chain = chain;
        this.reportDownloads = reportDownloads;
        this.figures = figures;
        this.rosters = rosters;
        this.forms = forms;
        this.children = children;
        this.elders = elders;
        this.regions = regions;
        this.properties = properties;
    }

    /**
     * What the town's page shows: the period and attachment 3 row a submission now would carry (or, once a revision
     * waits or is approved, that revision's period recounted: its events as recorded, its totals as they stand now),
     * the live length of the elders' roster (the children's is the row's 农村留守儿童总数), and the columns where the
     * recount differs from the submitted figures.
     */
    public record Preview(ReportPeriod period, Attachment3Figures live, int liveElders,
            List<Attachment3Column> differences) {
    }

    public Preview preview(RegionCode town, Quarter quarter, SignedInUser actor) {
        QuarterlyReport submitted = chain.town(town, quarter, actor).latest(); // the user's town, or 404
        boolean standing = submitted != null && submitted.getStatus() != ReportStatus.RETURNED;
        ReportPeriod period = standing ? submitted.getPeriod() : chain.nextPeriod(town, quarter);
        Attachment3Figures now = figures.forTown(town, period);
        List<Attachment3Column> differ = new ArrayList<>();
        if (submitted != null) {
            for (Attachment3Column c : Attachment3Column.values()) {
                if (now.get(c) != submitted.getFigures().get(c)) {
                    differ.add(c);
                }
            }
        }
        return new Preview(period, now, figures.elders(town), differ);
    }

    /** A town's workbook as generated: the period counted, the attachment 3 row, the rosters' lengths, the file. */
    public record Generated(ReportPeriod period, Attachment3Figures figures, int children, int elders,
            byte[] workbook) {
    }

    /**
     * Generates and submits the town's workbook, signed by {@code leaderName}, with its written report. The chain's rules
     * are checked first, so that a refused submission costs no workbook; nothing is locked while the workbook is
     * written.
     */
    public QuarterlyReport submit(RegionCode town, Quarter quarter, String leaderName, WrittenReport written,
            SignedInUser actor) {
        chain.checkMaySubmit(town, quarter, leaderName, written, actor);
        Generated g = generate(town, quarter, leaderName);
        return chain.submit(town, quarter, leaderName, written, g.period(), g.figures(), g.children(), g.elders(),
                g.workbook(), actor);
    }

    /**
     * The town's workbook from live data, as the next submission would freeze it: attachment 3 counted over
     * {@link QuarterlyReportService#nextPeriod}, the rosters of attachments 4 and 6 and the forms of attachments 5 and
     * 7, streamed from the database into SXSSF sheets. Reads only: no row is locked while it is written.
     */
    public Generated generate(RegionCode town, Quarter quarter, String leaderName) {
        ReportPeriod period = chain.nextPeriod(town, quarter);
        Attachment3Figures row = figures.forTown(town, period);
        String townName = regions.nameOf(town.value());
        LocalDate today = chain.today();
        RosterHeading heading = new RosterHeading(regions.provinceNameOf(town), townName + "人民政府",
                periodLine(quarter, period), today);
        Jurisdiction j = Jurisdiction.region(town);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] counts = new int[2];
        try (RosterWriter.Book book = new RosterWriter.Book(false)) {
            book.sheet(Attachment3Form.layout(), heading.withoutTitlePlace(), sink -> sink.accept(new RosterEntry<>(0,
                    new Attachment3Row(townName, row, "主要负责同志：" + leaderName), null, null, today)));
            ChildFilter childFilter = new ChildFilter(town.value(), null, null, ChildFilter.Category.LEFT_BEHIND, null,
                    null, null, null, PersonStatus.ACTIVE, null, null, null, ListSort.NAME, null, null);
            ElderFilter elderFilter = new ElderFilter(town.value(), null, null, null, PersonStatus.ACTIVE, null, null,
                    null, null, null);
            counts[0] = rosters.childrenSheet(book, childFilter, j, heading);
            RegistrationWriter.write(book, forms.child(), heading,
                    sink -> children.forEachInRoster(childFilter, j, sink));
            counts[1] = rosters.eldersSheet(book, elderFilter, j, heading);
            RegistrationWriter.write(book, forms.elder(), heading,
                    sink -> elders.forEachInRoster(elderFilter, j, sink));
            book.write(null, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Generated(period, row, counts[0], counts[1], out.toByteArray());
    }

    /** 2026年第3季度　统计期：2026-06-21 至 2026-09-20: the line under a report's title. */
    private String periodLine(Quarter quarter, ReportPeriod period) {
        return quarter.label() + "　" + period.label(properties.timeZone());
    }

    /**
     * A town's latest submitted report as a download: the frozen workbook for a role that may export the town's
     * people in full; for a department (which verifies the figures) and an inspector, the frozen attachment 3 row
     * alone, so that the file shows no more than their screen (account.ExportRight). 404 without a report.
     */
    public TownDownload townWorkbook(RegionCode town, Quarter quarter, SignedInUser actor) {
        QuarterlyReport latest = chain.town(town, quarter, actor).latest();
        if (latest == null) {
            throw new OutsideJurisdictionException("no report of " + town);
        }
        String townName = regions.nameOf(town.value());
        if (actor.role().exportRight() == ExportRight.FULL) {
            return new TownDownload(townName, reportDownloads.workbook(latest.getId(), actor));
        }
        QuarterlyReport r = reportDownloads.figuresOnly(latest.getId(), actor);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Attachment3Form.write(new RosterHeading("", townName + "人民政府", periodLine(quarter, r.getPeriod()),
                    LocalDate.ofInstant(r.getSubmittedAt(), properties.timeZone())),
                    List.of(new Attachment3Row(townName, r.getFigures(), "主要负责同志：" + r.getLeaderName())), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TownDownload(townName, out.toByteArray());
    }

    /** A town's report as downloaded: the town's name (for the file name) and the workbook. */
    public record TownDownload(String townName, byte[] content) {
    }

    /** The county's attachment 3 for the prefecture: every town, the approved ones summed, the others marked. */
    public byte[] county(Quarter quarter, SignedInUser actor) {
        QuarterlyReportService.CountySheet sheet = chain.county(quarter, actor);
        List<Attachment3Row> rows = new ArrayList<>();
        for (QuarterlyReportService.TownLine line : sheet.lines()) {
            String name = line.town().getName();
            if (line.status() == ReportStatus.APPROVED) {
                String corrections = Attachment3Form.corrections(line);
                rows.add(new Attachment3Row(name, line.countedFigures(), line.latest().getPeriod()
                        .label(properties.timeZone()) + (corrections.isEmpty() ? "" : "；" + corrections)));
            } else {
                rows.add(new Attachment3Row(name, line.latest() == null ? Attachment3Figures.zero()
                        : line.latest().getFigures(), line.latest() == null ? "未报送，未计入合计" : "未审核通过，未计入合计"));
            }
        }
        rows.add(new Attachment3Row("合计", sheet.total(), "已审核通过乡镇（街道）之和"));
        String county = properties.countyName();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Attachment3Form.write(new RosterHeading("", county + "民政局", quarter.label() + "　各乡镇（街道）统计期见备注",
                    chain.today()), rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Attachment 3 for the days {@code first} to {@code last}: every town of the user's region, counted live, and their sum. */
    public byte[] range(LocalDate first, LocalDate last, SignedInUser actor) {
        QuarterlyReportService.RangeSheet sheet = chain.range(first, last, actor);
        List<Attachment3Row> rows = new ArrayList<>();
        sheet.lines().forEach(l -> rows.add(new Attachment3Row(l.town().getName(), l.figures(), "")));
        rows.add(new Attachment3Row("合计", sheet.total(), "各乡镇（街道）之和，含未报送、未审核的"));
        String county = properties.countyName();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Attachment3Form.write(new RosterHeading("", county + "民政局", sheet.period().label(properties.timeZone())
                    + "（实时统计）", chain.today()), rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
