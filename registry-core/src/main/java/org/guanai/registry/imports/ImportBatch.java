package org.guanai.registry.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.guanai.registry.person.PersonType;

/**
 * One uploaded roster and what became of it (the import history): who, when, which file (name, size,
 * SHA-256), the counts of the preview, whether it has an error report, and who committed or discarded it. The file
 * itself and the error report are columns of the same row that this entity does not map — a list of imports would
 * otherwise read megabytes of each — and are written and read by {@link ImportFiles}; the file is kept only until the
 * import is committed or discarded.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_type", nullable = false)
    private PersonType personType;

    /** The importer's region: a town's clerk sees the town's imports, the county office all of them. */
    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "file_sha256", nullable = false)
    private String fileSha256;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "exported_at")
    private Instant exportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;
    @Column(name = "rows_new", nullable = false)
    private int rowsNew;
    @Column(name = "rows_changed", nullable = false)
    private int rowsChanged;
    @Column(name = "rows_unchanged", nullable = false)
    private int rowsUnchanged;
    @Column(name = "rows_error", nullable = false)
    private int rowsError;
    @Column(name = "rows_conflict", nullable = false)
    private int rowsConflict;
    @Column(name = "rows_hidden", nullable = false)
    private int rowsHidden;
    @Column(name = "rows_with_gaps", nullable = false)
    private int rowsWithGaps;
    @Column(name = "file_problem", nullable = false)
    private boolean fileProblem;

    /** How it was committed (null until then). */
    @Enumerated(EnumType.STRING)
    @Column(name = "import_mode")
    private ImportMode mode;

    @Column(name = "has_error_report", nullable = false)
    private boolean hasErrorReport;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "finished_by")
    private String finishedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportBatch() {
    }

    ImportBatch(PersonType personType, String regionCode, String fileName, String fileSha256, long fileSize,
            Instant exportedAt, ImportPlan.Counts counts, boolean hasErrorReport, String uploadedBy, Instant uploadedAt) {
        this.personType = personType;
        this.regionCode = regionCode;
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.fileSize = fileSize;
        this.exportedAt = exportedAt;
        this.status = counts.committableWhole() || counts.committableValidRows() ? ImportStatus.PREVIEWED
                : ImportStatus.INVALID;
        this.rowsTotal = counts.total();
        this.rowsNew = counts.created();
        this.rowsChanged = counts.changed();
        this.rowsUnchanged = counts.unchanged();
        this.rowsError = counts.errors();
        this.rowsConflict = counts.conflicts();
        this.rowsHidden = counts.hidden();
        this.rowsWithGaps = counts.withGaps();
        this.fileProblem = counts.fileProblem();
        this.hasErrorReport = hasErrorReport;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void committed(ImportMode mode, String by, Instant at) {
        this.mode = mode;
        finish(ImportStatus.COMMITTED, by, at);
    }

    void finish(ImportStatus outcome, String by, Instant at) {
        this.status = outcome;
        this.finishedBy = by;
        this.finishedAt = at;
    }

    public ImportPlan.Counts counts() {
        return new ImportPlan.Counts(rowsTotal, rowsNew, rowsChanged, rowsUnchanged, rowsError, rowsConflict, rowsHidden,
                rowsWithGaps, fileProblem);
    }

    public ImportMode getMode() {
        return mode;
    }

    public Long getId() {
        return id;
    }

    public PersonType getPersonType() {
        return personType;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public long getFileSize() {
        return fileSize;
    }

    public Instant getExportedAt() {
        return exportedAt;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public boolean isHasErrorReport() {
        return hasErrorReport;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getFinishedBy() {
        return finishedBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
