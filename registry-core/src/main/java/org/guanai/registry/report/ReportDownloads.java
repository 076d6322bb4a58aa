package org.guanai.registry.report;

import java.util.List;
import org.guanai.registry.account.ExportRight;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.NotPermittedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What may be downloaded of a town's report, each download audited: the workbook frozen at submission (for a role
 * that exports people in full), its attachment 3 row alone (for the others), the files of its written report.
 */
@Service
@Transactional(readOnly = true)
public class ReportDownloads {

    private final ReportAccess access;
    private final AuditService audit;
    private final JdbcTemplate jdbc;

    ReportDownloads(ReportAccess access, AuditService audit, JdbcTemplate jdbc) {
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * The workbook frozen at submission, with every roster and form, for a role that may export its jurisdiction's
     * people in full (account.ExportRight#FULL); the download is audited. A town sees only its own (404 otherwise);
     * other roles get {@link #figuresOnly} instead.
     */
    public byte[] workbook(long reportId, SignedInUser actor) {
        QuarterlyReport r = access.visibleReport(reportId, actor, "download");
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
    public QuarterlyReport figuresOnly(long reportId, SignedInUser actor) {
        QuarterlyReport r = access.visibleReport(reportId, actor, "download");
        audit.record(AuditAction.EXPORT, "quarterly_report", reportId, AuditOutcome.SUCCESS,
                "town figures r" + r.getRevision() + " (attachment 3 only)");
        return r;
    }

    /** A file of a town's written report, as listed beside the report. */
    public record ReportFile(long id, String fileName, String contentType, int sizeBytes, String sha256) {
    }

    /** The files that came with a report (its written report's attachments), for whoever may read the report. */
    public List<ReportFile> files(long reportId, SignedInUser actor) {
        access.visibleReport(reportId, actor, "read");
        return jdbc.query("select id, file_name, content_type, size_bytes, sha256 from quarterly_report_file "
                + "where report_id = ? order by id", (rs, i) -> new ReportFile(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5)), reportId);
    }

    /** One file of a report's written report, with its content; audited. 404 when it is not the user's town's. */
    public FileDownload file(long fileId, SignedInUser actor) {
        List<Long> report = jdbc.queryForList("select report_id from quarterly_report_file where id = ?", Long.class,
                fileId);
        if (report.isEmpty()) {
            throw access.outside(null, "download file");
        }
        access.visibleReport(report.get(0), actor, "download file");
        audit.record(AuditAction.EXPORT, "quarterly_report", report.get(0), AuditOutcome.SUCCESS,
                "written report file " + fileId);
        return jdbc.queryForObject("select file_name, content_type, content from quarterly_report_file where id = ?",
                (rs, i) -> new FileDownload(rs.getString(1), rs.getString(2), rs.getBytes(3)), fileId);
    }

    public record FileDownload(String fileName, String contentType, byte[] content) {
    }
}
