package org.guanai.registry.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 教育 and 公安 verify their columns of a submitted report beside the town's figures, within
 * {@code registry.reports.verification-days} working days; the county may confirm in a department's place (代为确认)
 * with a reason. Approval waits for both (docs/reports.md).
 */
@Service
@Transactional
public class ReportVerifications {

    private final VerificationRepository verifications;
    private final ReportAccess access;
    private final AuditService audit;
    private final RegistryProperties properties;
    private final Clock clock;

    ReportVerifications(VerificationRepository verifications, ReportAccess access,
            AuditService audit, RegistryProperties properties, Clock clock) {
        this.verifications = verifications;
        this.access = access;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
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

    /**
     * 教育 or 公安 checks its columns of a submitted report: a null value confirms the town's figure, a number
     * corrects it (kept beside it). Columns of the other line, or a report not waiting, are refused.
     */
    public void verify(long reportId, Map<Attachment3Column, Integer> corrections, String note, SignedInUser actor) {
        Attachment3Column.Verifier line = access.verifierOf(actor);
        QuarterlyReport r = access.waitingReport(reportId, actor, "verify");
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
    public void confirmOnBehalf(long reportId, Attachment3Column.Verifier line, String reason, SignedInUser actor) {
        if (actor.role() != Role.COUNTY) {
            throw new ReportRefusedException("report.error.countyDecides");
        }
        access.waitingReport(reportId, actor, "confirm");
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

    /** The columns the user verifies (教育 or 公安), if any. */
    @Transactional(readOnly = true)
    public Optional<Attachment3Column.Verifier> verifierLine(SignedInUser actor) {
        try {
            return Optional.of(access.verifierOf(actor));
        } catch (ReportRefusedException e) {
            return Optional.empty();
        }
    }

    /** The departments whose verification (or the county's 代为确认) a report has. */
    Set<Attachment3Column.Verifier> verifiedLines(long reportId) {
        Set<Attachment3Column.Verifier> lines = EnumSet.noneOf(Attachment3Column.Verifier.class);
        verifications.findByReportIdIn(List.of(reportId)).forEach(v -> lines.add(v.getLine()));
        return lines;
    }
}
