package org.guanai.registry.casework;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.organisation.Organisation;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on which case: a user's scope (region, or a department's own and referred lines), the
 * parties the user acts as on a case, what a stage waits on, and whether the user may know a mandatory reporter.
 * Every case service asks here; a case outside the scope is "not found" and the attempt is audited.
 */
@Component
class CaseAccess {

    private final CaseFileRepository cases;
    private final OrganisationService organisations;
    private final AuditService audit;

    CaseAccess(CaseFileRepository cases, OrganisationService organisations, AuditService audit) {
        this.cases = cases;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The parties the user acts as on {@code c}; empty for read-only users. */
    Set<Party> parties(CaseFile c, SignedInUser actor) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        switch (actor.role()) {
            case COUNTY -> {
                parties.add(Party.COUNTY);
                // The county office is 县民政局's 留守办: it works what is routed to civil affairs, or to nobody.
                if (c.getOwnerOrganisationId() == null || c.getOwnerDepartmentType() == DepartmentType.CIVIL_AFFAIRS) {
                    parties.add(Party.OWNER);
                }
            }
            case TOWN, VILLAGE -> {
                parties.add(Party.TOWN);
                if (c.getOwnerDepartmentType() == DepartmentType.TOWN) {
                    parties.add(Party.OWNER);
                }
            }
            case DEPARTMENT -> {
                CaseScope scope = scope(actor);
                if (scope.owns(c)) {
                    parties.add(Party.OWNER);
                }
                if (scope.referredTo(c)) {
                    parties.add(Party.REFERRED);
                    if (scope.line() == DepartmentType.COURT) {
                        parties.add(Party.COURT);
                    } else if (scope.line() == DepartmentType.PROCURATORATE) {
                        parties.add(Party.PROCURATORATE);
                    } else if (scope.line() == DepartmentType.JUSTICE) {
                        parties.add(Party.JUSTICE);
                    }
                }
            }
            default -> {
            }
        }
        return parties;
    }

    CaseScope scope(SignedInUser actor) {
        var j = actor.jurisdiction();
        return switch (actor.role()) {
            case COUNTY, TOWN, VILLAGE, INSPECTOR -> CaseScope.region(j.regionPrefix());
            case DEPARTMENT -> {
                Optional<Organisation> unit = organisations.find(j.organisationId());
                if (unit.isEmpty()) {
                    yield CaseScope.NONE;
                }
                RegionCode served = RegionCode.of(unit.get().getRegionCode());
                yield new CaseScope(served.prefix(), unit.get().getId(), unit.get().getDepartmentType(),
                        served.level() == RegionLevel.COUNTY);
            }
            default -> CaseScope.NONE;
        };
    }

    /**
     * The reporter of a mandatory report is known only to the police and the county office (五（二）3: 公安机关应当
     * 依法保护报告人的隐私); a school's absence report is routine and shown to all who see the case.
     */
    boolean reporterVisibleTo(SignedInUser actor, CaseFile c) {
        if (c.getType() != CaseType.MANDATORY_REPORT || actor.role() == Role.COUNTY) {
            return true;
        }
        return actor.role() == Role.DEPARTMENT && organisations.find(actor.jurisdiction().organisationId())
                .map(o -> o.getDepartmentType() == DepartmentType.POLICE).orElse(false);
    }

    /** The stages that wait on the user's parties, as alternatives (see {@link CaseInbox#inbox}). */
    List<String> waitingOn(SignedInUser actor, Map<String, Object> params) {
        String owner = StagesWaitingOn.OWNER;
        return switch (actor.role()) {
            case COUNTY -> {
                params.put("civilAffairs", DepartmentType.CIVIL_AFFAIRS);
                yield List.of("c.stage in " + StagesWaitingOn.COUNTY, "c.ownerOrganisationId is null and c.stage in "
                        + owner, "c.ownerDepartmentType = :civilAffairs and c.stage in " + owner);
            }
            case TOWN, VILLAGE -> {
                params.put("townLine", DepartmentType.TOWN);
                yield List.of("c.stage in " + StagesWaitingOn.TOWN,
                        "c.ownerDepartmentType = :townLine and c.stage in " + owner);
            }
            // In the unit's scope, what waits on an owner; a line a safety-net case was referred to sees it
            // there too while measures are being granted.
            case DEPARTMENT -> List.of("c.stage in " + owner);
            // Nothing waits on the others (the inspector reads, a school reports); no parameter is left unused.
            default -> List.of("1 = 0");
        };
    }

    /**
     * The stages waiting on a party, written into the query as a list of literals: they are the workflows'
     * constants, never input. Bound as a list parameter they cost Hibernate an exception per element and a new
     * SQL rendering on every page (the inbox badge): the badge took 7.5 % of a child's page's CPU, now 3 %.
     */
    private static final class StagesWaitingOn {
        static final String OWNER = literals(Party.OWNER);
        static final String TOWN = literals(Party.TOWN);
        static final String COUNTY = literals(Party.COUNTY);

        private static String literals(Party party) {
            List<String> stages = new ArrayList<>();
            for (CaseType t : CaseType.values()) {
                t.workflow().statesWaitingOn(party).forEach(s -> stages.add(CaseFile.stageOf(t, s)));
            }
            if (stages.isEmpty()) {
                return "('-')";
            }
            stages.forEach(s -> {
                if (!s.matches("[A-Z_]+:[A-Z_]+")) {
                    throw new IllegalStateException("not a stage name: " + s);
                }
            });
            return "('" + String.join("', '", stages) + "')";
        }
    }

    CaseFile visible(long id, SignedInUser actor, String attempt) {
        return cases.findById(id).filter(scope(actor)::covers).orElseThrow(() -> {
            audit.record(AuditAction.ACCESS_DENIED, "case", id, AuditOutcome.DENIED, attempt);
            return new OutsideJurisdictionException("case " + id);
        });
    }
}
