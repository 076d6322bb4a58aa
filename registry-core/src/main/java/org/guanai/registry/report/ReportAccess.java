package org.guanai.registry.report;

import java.util.EnumSet;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on which town's reports: the region whose towns a user sees, the town a report belongs to
 * (else "not found", audited), and the columns a department verifies. Every service of the chain asks here.
 */
@Component
class ReportAccess {

    private final QuarterlyReportRepository reports;
    private final RegionService regions;
    private final OrganisationService organisations;
    private final AuditService audit;

    ReportAccess(QuarterlyReportRepository reports, RegionService regions, OrganisationService organisations,
            AuditService audit) {
        this.reports = reports;
        this.regions = regions;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** Who takes part in the chain or reads it: a village worker does not (its town reports for it). */
    private static final Set<Role> REPORT_READERS = EnumSet.of(Role.COUNTY, Role.TOWN, Role.DEPARTMENT,
            Role.INSPECTOR);

    /**
     * The region whose towns the user sees: its own region, or the region its department serves. A village worker is
     * not part of the chain (the town reports for its villages) and sees no town's report: a report holds the whole
     * town's people.
     */
    RegionCode scopeOf(SignedInUser actor) {
        RegionCode region = actor.jurisdiction().region();
        if (region == null || region.level() == RegionLevel.VILLAGE || !REPORT_READERS.contains(actor.role())) {
            throw new ReportRefusedException("report.error.noAccess");
        }
        return region;
    }

    void requireTown(RegionCode town, SignedInUser actor, String attempt) {
        if (town.level() != RegionLevel.TOWN || !scopeOf(actor).covers(town) || regions.find(town.value()).isEmpty()) {
            throw outside(town, attempt);
        }
    }

    OutsideJurisdictionException outside(RegionCode town, String attempt) {
        audit.record(AuditAction.ACCESS_DENIED, "quarterly_report", town == null ? null : town.value(),
                AuditOutcome.DENIED, attempt);
        return new OutsideJurisdictionException("quarterly report " + town);
    }

    QuarterlyReport visibleReport(long reportId, SignedInUser actor, String attempt) {
        QuarterlyReport r = reports.findById(reportId).orElseThrow(() -> outside(null, attempt));
        requireTown(RegionCode.of(r.getRegionCode()), actor, attempt);
        return r;
    }

    /** A report of the user's towns that waits for verification and a decision; refused when it no longer waits. */
    QuarterlyReport waitingReport(long reportId, SignedInUser actor, String attempt) {
        QuarterlyReport r = visibleReport(reportId, actor, attempt);
        if (r.getStatus() != ReportStatus.SUBMITTED) {
            throw new ReportRefusedException("report.error.notWaiting");
        }
        return r;
    }

    Attachment3Column.Verifier verifierOf(SignedInUser actor) {
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
}
