package org.guanai.registry.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildImportTarget;
import org.guanai.registry.elder.ElderDetails;
import org.guanai.registry.elder.ElderImportTarget;
import org.guanai.registry.imports.ImportBatch;
import org.guanai.registry.imports.ImportMode;
import org.guanai.registry.imports.ImportPlan;
import org.guanai.registry.imports.ImportService;
import org.guanai.registry.imports.ImportService.Preview;
import org.guanai.registry.imports.ImportService.ReadRoster;
import org.guanai.registry.imports.ImportStatus;
import org.guanai.registry.imports.ImportTarget;
import org.guanai.registry.imports.RowProblem;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.PersonIdentity;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.workbook.ErrorWorkbook;
import org.guanai.registry.workbook.RawSheet;
import org.guanai.registry.workbook.WorkbookFile;
import org.guanai.registry.workbook.WorkbookReader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Roster imports from the clerk's side: read the workbook (attachment 4 for children, 6 for elders),
 * plan it against the registry, record it with its error workbook; later commit the stored file, or the roster read
 * from it for the preview when this node still keeps it (decision 045).
 */
@Service
public class RosterImports {

    private final ImportService imports;
    private final ChildImportTarget children;
    private final ElderImportTarget elders;
    private final ChildRoster childRoster;
    private final ElderRoster elderRoster;
    private final RegionService regions;
    private final MessageSource messages;
    private final KeptRosters kept;

    RosterImports(ImportService imports, ChildImportTarget children, ElderImportTarget elders, ChildRoster childRoster,
            ElderRoster elderRoster, RegionService regions, MessageSource messages, Clock clock) {
        this.imports = imports;
        this.children = children;
        this.elders = elders;
        this.childRoster = childRoster;
        this.elderRoster = elderRoster;
        this.regions = regions;
        this.messages = messages;
        this.kept = new KeptRosters(clock);
    }

    /**
     * Reads and plans an upload. An unreadable file throws
     * {@link org.guanai.registry.workbook.UnreadableWorkbookException} and is not recorded.
     */
    public Preview<?> preview(PersonType type, String fileName, byte[] content, Jurisdiction jurisdiction) {
        imports.requireImporter(jurisdiction);
        return type == PersonType.CHILD
                ? preview(fileName, content, childRoster.layout(), children, jurisdiction)
                : preview(fileName, content, elderRoster.layout(), elders, jurisdiction);
    }

    /**
     * Commits a previewed import from its stored file: all of it, or with {@link ImportMode#VALID_ROWS} its rows without
     * errors; on any failure, with a reason, nothing. The file is not read again when this node keeps the roster it
     * read for the preview.
     */
    public ImportPlan.Counts commit(long batchId, Jurisdiction jurisdiction, ImportMode mode) {
        imports.requireImporter(jurisdiction);
        ImportBatch batch = imports.get(batchId, jurisdiction);
        ImportPlan.Counts counts = batch.getPersonType() == PersonType.CHILD
                ? imports.commit(batchId, roster(batch, jurisdiction, childRoster.layout(), children), children,
                        jurisdiction, mode)
                : imports.commit(batchId, roster(batch, jurisdiction, elderRoster.layout(), elders), elders,
                        jurisdiction, mode);
        kept.forget(batchId);
        return counts;
    }

    /** Discards a previewed import; the roster read for it is no longer kept. */
    public void discard(long batchId, Jurisdiction jurisdiction) {
        imports.discard(batchId, jurisdiction);
        kept.forget(batchId);
    }

    private <D extends PersonIdentity> ReadRoster<D> roster(ImportBatch batch, Jurisdiction jurisdiction,
            RosterLayout<D> layout, ImportTarget<D> target) {
        ReadRoster<D> roster = kept.of(batch.getId(), target.type(), batch.getFileSha256());
        return roster != null ? roster
                : read(WorkbookReader.read(imports.storedFile(batch.getId(), jurisdiction)), layout, target,
                        jurisdiction);
    }

    /** A problem in the clerk's words, as the preview page and the error workbook show it. */
    public String message(RowProblem p) {
        String text = messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), Locale.SIMPLIFIED_CHINESE);
        return p.header() == null ? text : p.header() + "：" + text;
    }

    private <D extends PersonIdentity> Preview<D> preview(String fileName, byte[] content, RosterLayout<D> layout,
            ImportTarget<D> target, Jurisdiction jurisdiction) {
        WorkbookFile file = WorkbookReader.read(content);
        ReadRoster<D> roster = read(file, layout, target, jurisdiction);
        Preview<D> preview = imports.preview(new ImportService.Upload(fileName, content, file.exportedAt()), roster,
                target, jurisdiction, plan -> errorWorkbook(file, layout, plan));
        ImportBatch batch = preview.batch();
        if (batch.getStatus() == ImportStatus.PREVIEWED) {
            kept.keep(batch.getId(), target.type(), batch.getFileSha256(), roster);
        }
        return preview;
    }

    /** How many rows of previewed rosters this node keeps (for tests). */
    int keptRows() {
        return kept.rows();
    }

    private <D extends PersonIdentity> ReadRoster<D> read(WorkbookFile file, RosterLayout<D> layout,
            ImportTarget<D> target, Jurisdiction jurisdiction) {
        return RosterReader.read(file, layout, placesOf(jurisdiction), target::blank);
    }

    /**
     * The places a roster's rows may name: those of the importer's county, so that a place of another town is named
     * as outside the jurisdiction, and another county's namesakes (城关镇 is in hundreds of counties) leave no row
     * ambiguous; as stored now, so that a village loaded a minute ago is known.
     */
    private RegionDirectory placesOf(Jurisdiction jurisdiction) {
        RegionCode county = jurisdiction.county();
        return new RegionDirectory(county == null ? regions.all() : regions.subtreeAsStored(county));
    }

    private <D> byte[] errorWorkbook(WorkbookFile file, RosterLayout<D> layout, ImportPlan<D> plan) {
        Map<String, Integer> headerRows = new HashMap<>();
        for (RawSheet sheet : file.sheets()) {
            RosterReader.Header header = RosterReader.findHeader(sheet, layout);
            if (header != null) {
                headerRows.put(sheet.name(), header.lastRow() + 1);
            }
        }
        List<ErrorWorkbook.Mark> marks = new ArrayList<>();
        plan.problems().forEach(p -> marks.add(new ErrorWorkbook.Mark(p.sheet(), p.rowNumber(), p.column(), message(p))));
        // Gaps do not stop a row: said as 待补充 so that the villages know what to fill in.
        plan.gaps().forEach(p -> marks.add(new ErrorWorkbook.Mark(p.sheet(), p.rowNumber(), p.column(),
                "待补充：" + message(p))));
        return ErrorWorkbook.write(file, headerRows, marks);
    }
}
