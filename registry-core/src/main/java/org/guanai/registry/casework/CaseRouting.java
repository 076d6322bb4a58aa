package org.guanai.registry.casework;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.organisation.Organisation;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a case goes: the route of its type in the county of its place (reference data: the county's own, else the
 * installation's default) applied to the place of its child. A route that prefers the town's unit falls back to the
 * county's; with no unit at all the case stays with the county office, which sees every case.
 */
@Service
@Transactional(readOnly = true)
public class CaseRouting {

    private final CaseRouteRepository routes;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final RegionService regions;
    private final Clock clock;

    CaseRouting(CaseRouteRepository routes, OrganisationService organisations, AuditService audit,
            RegionService regions, Clock clock) {
        this.routes = routes;
        this.organisations = organisations;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The routes of the user's county, or for a user above a county (a province-level inspector) of the county it chose
     * ({@code requestedCounty}).
     */
    public List<CaseRoute> readable(SignedInUser actor, String requestedCounty) {
        return of(regions.workingCounty(actor.jurisdiction().county(), requestedCounty)
                .orElseThrow(() -> new CaseRefusedException("case.error.routesCountyOnly")));
    }

    /** The routes a county works under, one per case type: its own where it changed one, else the default. */
    public List<CaseRoute> of(RegionCode county) {
        Map<CaseType, CaseRoute> byType = new EnumMap<>(CaseType.class);
        for (CaseRoute r : routes.findByCountyCodeOrCountyCodeIsNull(county.value())) {
            if (r.getCountyCode() != null || !byType.containsKey(r.getType())) {
                byType.put(r.getType(), r);
            }
        }
        return byType.values().stream().sorted(Comparator.comparing(CaseRoute::getType)).toList();
    }

    /** The route of {@code type} for a case about a person or place in {@code regionCode}. */
    public CaseRoute of(CaseType type, String regionCode) {
        String county = RegionCode.of(regionCode).countyOrAbove().value();
        return routes.findByCountyCodeAndType(county, type).or(() -> routes.findByCountyCodeIsNullAndType(type))
                .orElseThrow(() -> new IllegalStateException("no route for " + type));
    }

    /**
     * The owner of a new case of {@code type} about a person or place in {@code regionCode}; a type the county's plan
     * does not enable is refused (every new case asks here).
     */
    public CaseOwner ownerFor(CaseType type, String regionCode) {
        CaseRoute route = of(type, regionCode);
        if (!route.isEnabled()) {
            throw new CaseRefusedException("case.error.notInPlan");
        }
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

    /**
     * The county office changes a route of its own county (the first change makes the county's own copy of the
     * default, which no other county sees); cases already open keep their owner and due date. {@code expectedVersion}
     * is the version of the route the office saw.
     */
    @Transactional
    public void change(CaseType type, long expectedVersion, DepartmentType departmentType, boolean townUnitFirst,
            int timeLimitDays, SignedInUser actor) {
        if (actor.role() != Role.COUNTY || actor.jurisdiction().county() == null) {
            throw new CaseRefusedException("case.error.routesCountyOnly");
        }
        if (timeLimitDays < 1 || timeLimitDays > 365) {
            throw new CaseRefusedException("case.error.timeLimit");
        }
        String county = actor.jurisdiction().county().value();
        CaseRoute route = of(type, county);
        if (route.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(List.of());
        }
        CaseRoute own = route.getCountyCode() == null ? routes.save(route.ownedBy(county)) : route;
        own.change(departmentType, townUnitFirst, timeLimitDays, actor.username(), clock.instant());
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "case_route", county + " " + type.name(),
                departmentType + (townUnitFirst ? " town-first " : " county ") + timeLimitDays + "d");
    }

    /** A plan's route of one case type, for {@link #adopt}; null fields keep the route as it is. */
    public record PlanRoute(CaseType type, DepartmentType line, boolean townUnitFirst, int timeLimitDays,
            String leadUnit, String responsibleUnits, String basis) {
    }

    /**
     * A county adopts a plan's routes: each type's route becomes the county's own, with the plan's unit and time limit
     * where it gives one (else as before), enabled when the plan enables the type. Open cases keep their owner.
     */
    public void adopt(RegionCode county, List<PlanRoute> planRoutes, Set<CaseType> enabled, String by) {
        Map<CaseType, PlanRoute> given = new EnumMap<>(CaseType.class);
        planRoutes.forEach(r -> given.put(r.type(), r));
        for (CaseRoute current : of(county)) {
            CaseRoute own = current.getCountyCode() == null ? current.ownedBy(county.value()) : current;
            PlanRoute p = given.get(current.getType());
            boolean on = enabled.contains(current.getType());
            if (p == null && on == current.isEnabled()) {
                continue; // nothing the plan changes: the county keeps what it works under (the default stays shared)
            }
            if (p == null) {
                own.adopt(own.getDepartmentType(), own.isTownUnitFirst(), own.getTimeLimitDays(), own.getLeadUnit(),
                        own.getResponsibleUnits(), own.getBasis(), on, by, clock.instant());
            } else {
                own.adopt(p.line(), p.townUnitFirst(), p.timeLimitDays(), p.leadUnit(), p.responsibleUnits(),
                        p.basis(), on, by, clock.instant());
            }
            routes.save(own);
        }
    }

    private CaseOwner owner(Organisation o) {
        return new CaseOwner(o.getId(), o.getDepartmentType());
    }
}
