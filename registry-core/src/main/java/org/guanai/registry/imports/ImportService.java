package org.guanai.registry.imports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.imports.ImportTarget.Existing;
import org.guanai.registry.imports.ImportTarget.ImportStamp;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.jurisdiction.ReadOnlyException;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.ElsewhereHits;
import org.guanai.registry.person.FieldChange;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.IdNumberRegister;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.shared.PreparedOnServer;
import org.guanai.registry.shared.Sha256;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Roster imports: plan what a roster would do (preview), then commit all of it in one transaction or
 * none of it. Rows are checked by the registry's own rules ({@link ImportTarget#check}); the importer's
 * jurisdiction decides which people a file may touch; an import holds a per-town lock while it commits,
 * so two imports into one town never mix.
 */
@Service
public class ImportService {

    /** The first key of the advisory locks an import takes (the second is the town's code). */
    static final int IMPORT_LOCK = 7301;
    private static final int FLUSH_EVERY = 500;
    /** New people per COPY: their records and COPY's text are held meanwhile, a few megabytes. */
    private static final int COPY_EVERY = 2000;

    private final ImportBatchRepository batches;
    private final ImportFiles files;
    private final IdNumberRegister idNumberRegister;
    private final ElsewhereHits elsewhereHits;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    ImportService(ImportBatchRepository batches, ImportFiles files, IdNumberRegister idNumberRegister,
            ElsewhereHits elsewhereHits, AuditService audit, JdbcTemplate jdbc, EntityManager entityManager, Clock clock,
            PlatformTransactionManager transactions) {
        this.batches = batches;
        this.files = files;
        this.idNumberRegister = idNumberRegister;
        this.elsewhereHits = elsewhereHits;
        this.audit = audit;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /** The uploaded file as the import history records it. */
    public record Upload(String fileName, byte[] content, Instant exportedAt) {

        public String sha256() {
            return Sha256.hex(content);
        }
    }

    /** A roster as read: its rows, problems of the file as a whole, and how many hidden rows were skipped. */
    public record ReadRoster<D>(List<ImportRow<D>> rows, List<RowProblem> fileProblems, int hiddenRows) {
    }

    public record Preview<D>(ImportBatch batch, ImportPlan<D> plan) {
    }

    /**
     * Refuses users who may not change people, or who have no single region to import into, and users who hit too
     * many people outside their jurisdiction today (an import runs the duplicate rules on every row).
     */
    public void requireImporter(Jurisdiction jurisdiction) {
        if (!jurisdiction.canChangePeople() || jurisdiction.region() == null) {
            audit.record(AuditAction.ACCESS_DENIED, "import", null, AuditOutcome.DENIED, "import (no region)");
            throw new ReadOnlyException("import");
        }
        elsewhereHits.requireUnderLimit();
    }

    /**
     * Plans the roster and records the upload in the history, with its error report when rows fail.
     * Nothing of the registry is written.
     */
    public <D> Preview<D> preview(Upload upload, ReadRoster<D> roster, ImportTarget<D> target, Jurisdiction jurisdiction,
            Function<ImportPlan<D>, byte[]> errorReport) {
        requireImporter(jurisdiction);
        ImportPlan<D> plan = readOnly.execute(tx -> plan(roster, upload.exportedAt(), target, jurisdiction));
        byte[] report = plan.problems().isEmpty() && plan.gaps().isEmpty() ? null : errorReport.apply(plan);
        ImportBatch batch = writing.execute(tx -> {
            ImportBatch saved = batches.save(new ImportBatch(target.type(), jurisdiction.region().value(),
                    upload.fileName(), upload.sha256(), upload.content().length, upload.exportedAt(), plan.counts(),
                    report != null, actor(), clock.instant()));
            // an import that cannot be committed keeps no second copy of the people in its file
            files.store(saved.getId(), saved.getStatus() == ImportStatus.PREVIEWED ? upload.content() : null, report);
            return saved;
        });
        return new Preview<>(batch, plan);
    }

    /**
     * Commits a previewed import: under the towns' locks, plans the stored file again and applies it if
     * it still does what the clerk saw; otherwise, or on any failure, nothing is written. {@code mode} WHOLE writes
     * only a roster without errors; VALID_ROWS writes the rows without errors and leaves the others to the error
     * workbook. Either way the written rows go in one transaction.
     */
    @Transactional
    public <D> ImportPlan.Counts commit(long batchId, ReadRoster<D> roster, ImportTarget<D> target,
            Jurisdiction jurisdiction, ImportMode mode) {
        requireImporter(jurisdiction);
        ImportBatch batch = visible(batchId, jurisdiction);
        if (batch.getStatus() != ImportStatus.PREVIEWED || batch.getPersonType() != target.type()
                || !batch.counts().committable(mode)) {
            throw new ImportRefusedException("imports.error.notCommittable");
        }
        lockTowns(roster.rows());
        ImportPlan<D> plan = plan(roster, batch.getExportedAt(), target, jurisdiction);
        if (!plan.counts().equals(batch.counts())) {
            throw new ImportRefusedException("imports.error.changedSincePreview");
        }
        ImportStamp stamp = new ImportStamp(batchId, summary(batch));
        try {
            // The changed people's updates and history entries, Hibernate's batches: the same few statements hundreds
            // of times, prepared on the server, parsed and planned once (decision 039). New people go by COPY.
            PreparedOnServer.during(entityManager, () -> {
                write(plan, target, stamp);
                return null;
            });
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException | ConcurrentEditException e) {
            throw new ImportRefusedException("imports.error.concurrentChange");
        } catch (DataAccessException | PersistenceException e) {
            // thrown out of the transaction, so everything written so far is rolled back with it
            throw new ImportRefusedException("imports.error.writeFailed");
        }
        ImportBatch committed = batches.findById(batchId).orElseThrow();
        committed.committed(mode, actor(), clock.instant());
        files.dropFile(batchId);
        audit.record(AuditAction.IMPORT, "import", batchId, AuditOutcome.SUCCESS, mode + " " + countsText(plan.counts()));
        return plan.counts();
    }

    /**
     * The changed people first, each read and saved by JPA with its version checked; then the new ones, a chunk at a
     * time by COPY (decision 041), after the changes so a number a changed person gave up is free for a new one.
     */
    private <D> void write(ImportPlan<D> plan, ImportTarget<D> target, ImportStamp stamp) {
        int changed = 0;
        List<D> created = new ArrayList<>();
        for (PlannedRow<D> row : plan.rows()) {
            if (row.outcome() == PlannedRow.Outcome.NEW) {
                created.add(row.details());
            } else if (row.outcome() == PlannedRow.Outcome.CHANGED) {
                target.change(row.personId(), row.expectedVersion(), row.details(), stamp);
                if (++changed % FLUSH_EVERY == 0) {
                    entityManager.flush();
                    entityManager.clear();
                }
            }
        }
        entityManager.flush();
        entityManager.clear();
        for (int i = 0; i < created.size(); i += COPY_EVERY) {
            target.createAll(created.subList(i, Math.min(created.size(), i + COPY_EVERY)), stamp);
        }
    }

    /** The stored file of an import that can still be committed. */
    @Transactional(readOnly = true)
    public byte[] storedFile(long batchId, Jurisdiction jurisdiction) {
        ImportBatch batch = visible(batchId, jurisdiction);
        byte[] file = batch.getStatus() == ImportStatus.PREVIEWED ? files.file(batchId) : null;
        if (file == null) {
            throw new ImportRefusedException("imports.error.notCommittable");
        }
        return file;
    }

    @Transactional
    public void discard(long batchId, Jurisdiction jurisdiction) {
        requireImporter(jurisdiction);
        ImportBatch batch = visible(batchId, jurisdiction);
        if (batch.getStatus() == ImportStatus.PREVIEWED) {
            batch.finish(ImportStatus.DISCARDED, actor(), clock.instant());
            files.dropFile(batchId);
        }
    }

    @Transactional(readOnly = true)
    public ImportBatch get(long batchId, Jurisdiction jurisdiction) {
        return visible(batchId, jurisdiction);
    }

    @Transactional(readOnly = true)
    public List<ImportBatch> history(Jurisdiction jurisdiction) {
        String prefix = jurisdiction.regionPrefix();
        return prefix == null ? List.of() : batches.latestInRegion(prefix);
    }

    /** The error workbook of an import (it holds people's data: the download is audited). */
    @Transactional(readOnly = true)
    public byte[] errorReport(long batchId, Jurisdiction jurisdiction) {
        ImportBatch batch = visible(batchId, jurisdiction);
        byte[] report = batch.isHasErrorReport() ? files.errorReport(batchId) : null;
        if (report == null) {
            throw new OutsideJurisdictionException("import " + batchId + " error report");
        }
        audit.record(AuditAction.EXPORT, "import", batchId, AuditOutcome.SUCCESS, "error report");
        return report;
    }

    // ---- planning ------------------------------------------------------------------------------

    <D> ImportPlan<D> plan(ReadRoster<D> roster, Instant exportedAt, ImportTarget<D> target, Jurisdiction jurisdiction) {
        List<ImportRow<D>> rows = roster.rows();
        Set<String> idNumbers = rows.stream().map(r -> r.keys().idNumber()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, Integer> rowOfIdNumber = new HashMap<>();
        Map<Long, Integer> rowOfPerson = new HashMap<>();
        List<PlannedRow<D>> planned = new ArrayList<>(rows.size());
        return idNumberRegister.withHoldersOf(idNumbers, () -> {
            // the registered people themselves, only for the numbers the register found held by one of this kind
            Map<String, Existing<D>> byIdNumber = target.withIdNumbers(idNumberRegister.preloadedHeldBy(target.type()));
            for (ImportRow<D> row : rows) {
                planned.add(planRow(row, byIdNumber, rowOfIdNumber, rowOfPerson, exportedAt, target, jurisdiction));
            }
            return new ImportPlan<>(planned, roster.fileProblems(), roster.hiddenRows());
        });
    }

    private <D> PlannedRow<D> planRow(ImportRow<D> row, Map<String, Existing<D>> byIdNumber,
            Map<String, Integer> rowOfIdNumber, Map<Long, Integer> rowOfPerson, Instant exportedAt,
            ImportTarget<D> target, Jurisdiction jurisdiction) {
        List<RowProblem> problems = new ArrayList<>(row.problems());
        ImportRow.Keys keys = row.keys();
        Existing<D> match = null;
        if (keys.idNumber() != null) {
            Integer earlier = rowOfIdNumber.putIfAbsent(keys.idNumber(), row.rowNumber());
            if (earlier != null) {
                problems.add(row.problem("idNumber", "imports.error.duplicateIdNumber", earlier));
            }
            match = inJurisdiction(byIdNumber.get(keys.idNumber()), jurisdiction);
        } else if (keys.name() != null && keys.birthDate() != null && keys.villageCode() != null) {
            List<Existing<D>> found = target.withNameBirthDateVillage(keys.name(), keys.birthDate(), keys.villageCode());
            if (found.size() > 1) {
                problems.add(row.problem("name", "imports.error.ambiguous", found.size()));
            } else if (found.size() == 1) {
                match = inJurisdiction(found.get(0), jurisdiction);
            }
        }
        if (match != null) {
            Integer earlier = rowOfPerson.putIfAbsent(match.id(), row.rowNumber());
            if (earlier != null && keys.idNumber() == null) {
                problems.add(row.problem("name", "imports.error.duplicatePerson", earlier));
            }
            if (match.status() == PersonStatus.EXITED) {
                problems.add(row.problem("name", "imports.error.exited", String.valueOf(match.exitDate())));
            }
        }
        D details = match == null ? target.blank() : target.copy(match.details());
        row.writer().accept(details);
        Long self = match == null ? null : match.id();
        Set<Integer> unreadable = new HashSet<>();
        row.problems().forEach(p -> unreadable.add(p.column()));
        List<FieldProblem> checked = target.check(details, jurisdiction, self);
        Set<String> missing = new HashSet<>();
        target.gaps(details).forEach(g -> missing.add(g.field() + "\n" + g.messageKey()));
        List<RowProblem> gaps = new ArrayList<>();
        for (FieldProblem p : checked) {
            RowProblem problem = row.problem(p.field(), p.messageKey(), p.args());
            if (problem.column() >= 0 && unreadable.contains(problem.column())) {
                continue; // a cell that could not be read has said so already
            }
            (missing.contains(p.field() + "\n" + p.messageKey()) ? gaps : problems).add(problem);
        }
        String name = keys.name();
        if (!problems.isEmpty()) {
            return new PlannedRow<>(row.rowNumber(), row.sheet(), name, PlannedRow.Outcome.ERROR, self, 0, null,
                    List.of(), List.copyOf(problems), List.copyOf(gaps));
        }
        if (match == null) {
            return new PlannedRow<>(row.rowNumber(), row.sheet(), name, PlannedRow.Outcome.NEW, null, 0, details,
                    List.of(), List.of(), List.copyOf(gaps));
        }
        List<FieldChange> changes = target.changes(match.details(), details);
        if (changes.isEmpty()) {
            return new PlannedRow<>(row.rowNumber(), row.sheet(), name, PlannedRow.Outcome.UNCHANGED, self,
                    match.version(), null, List.of(), List.of(), List.of());
        }
        if (exportedAt != null && match.updatedAt().isAfter(exportedAt)) {
            RowProblem conflict = RowProblem.at(row.sheet(), row.rowNumber(), null, "imports.error.conflict");
            return new PlannedRow<>(row.rowNumber(), row.sheet(), name, PlannedRow.Outcome.CONFLICT, self,
                    match.version(), null, changes, List.of(conflict), List.of());
        }
        return new PlannedRow<>(row.rowNumber(), row.sheet(), name, PlannedRow.Outcome.CHANGED, self, match.version(),
                details, changes, List.of(), List.copyOf(gaps));
    }

    /** A person outside the importer's region is not matched: the one-number rule then reports where they are. */
    private static <D> Existing<D> inJurisdiction(Existing<D> person, Jurisdiction jurisdiction) {
        return person != null && jurisdiction.coversRegion(RegionCode.of(person.villageCode())) ? person : null;
    }

    /** Takes every town's import lock, in code order, or refuses: a second import into a town waits for none. */
    private void lockTowns(List<? extends ImportRow<?>> rows) {
        Set<String> towns = new TreeSet<>();
        for (ImportRow<?> row : rows) {
            String village = row.keys().villageCode();
            if (village != null && RegionCode.isValid(village)) {
                towns.add(RegionCode.of(village).ancestorAt(RegionLevel.TOWN).value());
            }
        }
        for (String town : towns) {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?, hashtext(?))", Boolean.class,
                    IMPORT_LOCK, town);
            if (!Boolean.TRUE.equals(locked)) {
                throw new ImportRefusedException("imports.error.busy");
            }
        }
    }

    private ImportBatch visible(long batchId, Jurisdiction jurisdiction) {
        String prefix = jurisdiction.regionPrefix();
        return (prefix == null ? Optional.<ImportBatch>empty() : batches.findInRegion(batchId, prefix))
                .orElseThrow(() -> {
                    audit.record(AuditAction.ACCESS_DENIED, "import", batchId, AuditOutcome.DENIED, "read");
                    return new OutsideJurisdictionException("import " + batchId);
                });
    }

    private static String summary(ImportBatch batch) {
        String s = "Excel导入 #" + batch.getId() + " " + batch.getFileName();
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    private static String countsText(ImportPlan.Counts c) {
        return "new=" + c.created() + " changed=" + c.changed() + " unchanged=" + c.unchanged() + " withGaps="
                + c.withGaps() + " notWritten=" + (c.errors() + c.conflicts());
    }

    private String actor() {
        String name = audit.currentActor().username();
        return name == null ? "system" : name;
    }
}
