package org.guanai.registry.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildFilter;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.Elder;
import org.guanai.registry.elder.ElderDetails;
import org.guanai.registry.elder.ElderFilter;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Service;

/**
 * The registry's lists as attachment 4 / 6 workbooks, and the empty templates. An export is stamped with
 * its time, so that re-importing it later can tell the clerk's edits from changes made in the system
 * since. Every export is audited.
 */
@Service
public class RosterExports {

    private final ChildService children;
    private final ElderService elders;
    private final ChildRoster childRoster;
    private final ElderRoster elderRoster;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    RosterExports(ChildService children, ElderService elders, ChildRoster childRoster, ElderRoster elderRoster,
            RegionService regions, AuditService audit, Clock clock) {
        this.children = children;
        this.elders = elders;
        this.childRoster = childRoster;
        this.elderRoster = elderRoster;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    public void childTemplate(RosterHeading heading, OutputStream out) throws IOException {
        RosterWriter.write(childRoster.layout(), heading, sink -> { }, null, out);
    }

    public void elderTemplate(RosterHeading heading, OutputStream out) throws IOException {
        RosterWriter.write(elderRoster.layout(), heading, sink -> { }, null, out);
    }

    public void children(ChildFilter filter, Jurisdiction jurisdiction, RosterHeading heading, OutputStream out)
            throws IOException {
        audit.record(AuditAction.EXPORT, "child", null, AuditOutcome.SUCCESS, "attachment 4 roster");
        RegionDirectory names = new RegionDirectory(regions.all());
        LocalDate today = children.today();
        RosterWriter.write(childRoster.layout(), heading, sink -> children.forEachInRoster(filter, jurisdiction,
                (Child c) -> sink.accept(entry(c.getDetails(), c.getVillageCode(), names, today))), clock.instant(), out);
    }

    public void elders(ElderFilter filter, Jurisdiction jurisdiction, RosterHeading heading, OutputStream out)
            throws IOException {
        audit.record(AuditAction.EXPORT, "elder", null, AuditOutcome.SUCCESS, "attachment 6 roster");
        RegionDirectory names = new RegionDirectory(regions.all());
        LocalDate today = elders.today();
        RosterWriter.write(elderRoster.layout(), heading, sink -> elders.forEachInRoster(filter, jurisdiction,
                (Elder e) -> sink.accept(entry(e.getDetails(), e.getVillageCode(), names, today))), clock.instant(), out);
    }

    /** Attachment 4 of the filtered children as a sheet of {@code book} (no audit: the caller's export is). */
    public int childrenSheet(RosterWriter.Book book, ChildFilter filter, Jurisdiction jurisdiction,
            RosterHeading heading) {
        RegionDirectory names = new RegionDirectory(regions.all());
        LocalDate today = children.today();
        int[] count = {0};
        book.sheet(childRoster.layout(), heading, sink -> children.forEachInRoster(filter, jurisdiction, (Child c) -> {
            count[0]++;
            sink.accept(entry(c.getDetails(), c.getVillageCode(), names, today));
        }));
        return count[0];
    }

    /** Attachment 6 of the filtered elders as a sheet of {@code book}. */
    public int eldersSheet(RosterWriter.Book book, ElderFilter filter, Jurisdiction jurisdiction, RosterHeading heading) {
        RegionDirectory names = new RegionDirectory(regions.all());
        LocalDate today = elders.today();
        int[] count = {0};
        book.sheet(elderRoster.layout(), heading, sink -> elders.forEachInRoster(filter, jurisdiction, (Elder e) -> {
            count[0]++;
            sink.accept(entry(e.getDetails(), e.getVillageCode(), names, today));
        }));
        return count[0];
    }

    private static <D> RosterEntry<D> entry(D details, String villageCode, RegionDirectory names, LocalDate today) {
        return new RosterEntry<>(0, details, names.townName(villageCode), names.villageName(villageCode), today);
    }
}
