package org.guanai.registry.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.guanai.registry.account.ExportRight;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.casework.NumberDisclosure;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildFilter;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.ElderDetails;
import org.guanai.registry.elder.ElderFilter;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.PersonDetails;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Service;

/**
 * The registry's lists as attachment 4 / 6 workbooks, and the empty templates. An export is stamped with
 * its time, so that re-importing it later can tell the clerk's edits from changes made in the system
 * since. Every export is audited; what a role may export is its {@link ExportRight}.
 */
@Service
public class RosterExports {

    private final ChildService children;
    private final ElderService elders;
    private final ChildRoster childRoster;
    private final ElderRoster elderRoster;
    private final RegionService regions;
    private final AuditService audit;
    private final NumberDisclosure disclosure;
    private final Clock clock;

    RosterExports(ChildService children, ElderService elders, ChildRoster childRoster, ElderRoster elderRoster,
            RegionService regions, AuditService audit, NumberDisclosure disclosure, Clock clock) {
        this.children = children;
        this.elders = elders;
        this.childRoster = childRoster;
        this.elderRoster = elderRoster;
        this.regions = regions;
        this.audit = audit;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    public void childTemplate(RosterHeading heading, OutputStream out) throws IOException {
        RosterWriter.write(childRoster.layout(), heading, sink -> { }, null, out);
    }

    public void elderTemplate(RosterHeading heading, OutputStream out) throws IOException {
        RosterWriter.write(elderRoster.layout(), heading, sink -> { }, null, out);
    }

    /**
     * Attachment 4 of the filtered children the user may export (its role's {@link ExportRight}: the jurisdiction's
     * children, or a department's own cases'; numbers in full or masked), audited with the filter and the number of
     * rows written. A role that may export no one is refused before anything is written.
     */
    public void children(ChildFilter filter, String filterText, SignedInUser actor, RosterHeading heading,
            Destination out) throws IOException {
        disclosure.requireExport(PersonType.CHILD, actor, "attachment 4 roster");
        ExportRight right = actor.role().exportRight();
        RegionDirectory names = namesFor(actor.jurisdiction());
        LocalDate today = children.today();
        int[] rows = {0};
        audited("child", ChildRoster.TITLE, filterText, right, rows, () -> RosterWriter.write(childRoster.layout(),
                heading, sink -> children.forEachInRoster(filter, actor.jurisdiction(),
                        right.onlyOwnCases() ? disclosure.childrenOfOwnCases(actor) : null, (ChildDetails c) -> {
                            rows[0]++;
                            sink.accept(entry(right.fullNumbers() ? c : c.withNumbersMasked(), names, today));
                        }), right.fullNumbers() ? clock.instant() : null, out.open()));
    }

    /** Attachment 6 of the filtered elders the user may export (a department's cases hold no elders: refused). */
    public void elders(ElderFilter filter, String filterText, SignedInUser actor, RosterHeading heading,
            Destination out) throws IOException {
        disclosure.requireExport(PersonType.ELDER, actor, "attachment 6 roster");
        ExportRight right = actor.role().exportRight();
        RegionDirectory names = namesFor(actor.jurisdiction());
        LocalDate today = elders.today();
        int[] rows = {0};
        audited("elder", ElderRoster.TITLE, filterText, right, rows, () -> RosterWriter.write(elderRoster.layout(),
                heading, sink -> elders.forEachInRoster(filter, actor.jurisdiction(), (ElderDetails e) -> {
                    rows[0]++;
                    sink.accept(entry(right.fullNumbers() ? e : e.withNumbersMasked(), names, today));
                }), right.fullNumbers() ? clock.instant() : null, out.open()));
    }

    /**
     * Where an export goes, opened only once the export is allowed: a refusal can still answer with a page of its own
     * (an HTTP response's body, once opened, is the file's).
     */
    public interface Destination {
        OutputStream open() throws IOException;
    }

    /**
     * Writes one export. A masked file carries no export stamp: it cannot be read back into the registry, and the
     * stamp is what a re-import uses to tell a clerk's edits from later changes.
     */
    private interface Export {
        void write() throws IOException;
    }

    /** Writes an export and audits it with its filter and row count, also when writing fails half-way. */
    private void audited(String objectType, String title, String filterText, ExportRight right, int[] rows,
            Export export) throws IOException {
        String what = title + (filterText == null || filterText.isBlank() ? "（全部）" : " 条件：" + filterText)
                + (right.fullNumbers() ? "" : "（号码已遮盖）");
        try {
            export.write();
        } catch (IOException | RuntimeException e) {
            audit.record(AuditAction.EXPORT, objectType, null, AuditOutcome.FAILURE, what + " 中断于第" + rows[0] + "行");
            throw e;
        }
        audit.record(AuditAction.EXPORT, objectType, null, AuditOutcome.SUCCESS, what + " 共" + rows[0] + "行");
    }

    /** Attachment 4 of the filtered children as a sheet of {@code book} (no audit: the caller's export is). */
    public int childrenSheet(RosterWriter.Book book, ChildFilter filter, Jurisdiction jurisdiction,
            RosterHeading heading) {
        RegionDirectory names = namesFor(jurisdiction);
        LocalDate today = children.today();
        int[] count = {0};
        book.sheet(childRoster.layout(), heading, sink -> children.forEachInRoster(filter, jurisdiction, c -> {
            count[0]++;
            sink.accept(entry(c, names, today));
        }));
        return count[0];
    }

    /** Attachment 6 of the filtered elders as a sheet of {@code book}. */
    public int eldersSheet(RosterWriter.Book book, ElderFilter filter, Jurisdiction jurisdiction, RosterHeading heading) {
        RegionDirectory names = namesFor(jurisdiction);
        LocalDate today = elders.today();
        int[] count = {0};
        book.sheet(elderRoster.layout(), heading, sink -> elders.forEachInRoster(filter, jurisdiction, e -> {
            count[0]++;
            sink.accept(entry(e, names, today));
        }));
        return count[0];
    }

    /**
     * The names an export's rows need, each row's village and town: the jurisdiction's regions, and a village's town
     * above them, as {@link RegionService} keeps them, rather than the whole region table read for each export (a
     * province's 16,500 rows, 9–10 ms: docs/performance.md, twenty-first session).
     */
    private RegionDirectory namesFor(Jurisdiction jurisdiction) {
        RegionCode region = jurisdiction.region();
        if (region == null) {
            return new RegionDirectory(regions.all());
        }
        return new RegionDirectory(regions.subtree(
                region.level() == RegionLevel.VILLAGE ? region.ancestorAt(RegionLevel.TOWN) : region));
    }

    private static <D extends PersonDetails> RosterEntry<D> entry(D details, RegionDirectory names, LocalDate today) {
        String villageCode = details.getVillageCode();
        return new RosterEntry<>(0, details, names.townName(villageCode), names.villageName(villageCode), today);
    }
}
