package org.guanai.registry.casework;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.guanai.registry.account.Role;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.organisation.Organisation;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a case goes: the route of its type (reference data) applied to the place of its child. A route
 * that prefers the town's unit falls back to the county's; with no unit at all the case stays with the
 * county office, which sees every case.
 */
@Service
@Transactional(readOnly = true)
public class CaseRouting {

    private final CaseRouteRepository routes;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final Clock clock;

    CaseRouting(CaseRouteRepository routes, OrganisationService organisations, AuditService audit, Clock clock) {
        this.routes = routes;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CaseRoute> all() {
        return routes.findAll().stream().sorted(Comparator.comparing(CaseRoute::getType)).toList();
    }

    public CaseRoute of(CaseType type) {
        return routes.findById(type).orElseThrow(() -> new IllegalStateException("no route for " + type));
    }

    /** The owner of a new case of {@code type} about a person or place in {@code regionCode}. */
    public CaseOwner ownerFor(CaseType type, String regionCode) {
        CaseRoute route = of(type);
        RegionCode place = RegionCode.of(regionCode);
        DepartmentType line = route.getDepartmentType();
        if (route.isTownUnitFirst() && place.level().ordinal() >= RegionLevel.TOWN.ordinal()) {
            var unit = organisations.findUnit(line, place.ancestorAt(RegionLevel.TOWN).value());
            if (unit.isPresent()) {
                return owner(unit.get());
            }
        }
        return organisations.findUnit(line, place.ancestorAt(RegionLevel.COUNTY).value()).map(this::owner)
                .orElse(new CaseOwner(null, line));
    }

    /** The county office changes a route; cases already open keep their owner and due date. */
    @Transactional
    public void change(CaseType type, long expectedVersion, DepartmentType departmentType, boolean townUnitFirst,
            int timeLimitDays, CaseActor actor) {
        if (actor.role() != Role.COUNTY) {
            throw new CaseRefusedException("case.error.routesCountyOnly");
        }
        if (timeLimitDays < 1 || timeLimitDays > 365) {
            throw new CaseRefusedException("case.error.timeLimit");
        }
        CaseRoute route = of(type);
        if (route.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(List.of());
        }
        route.change(departmentType, townUnitFirst, timeLimitDays, actor.username(), clock.instant());
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "case_route", type.name(),
                departmentType + (townUnitFirst ? " town-first " : " county ") + timeLimitDays + "d");
    }

    private CaseOwner owner(Organisation o) {
        return new CaseOwner(o.getId(), o.getDepartmentType());
    }
}
