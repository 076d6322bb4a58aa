package org.guanai.registry.casework;

import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.person.PersonTransferred;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child transferred to another town takes its open cases along: the new town sees them, the old one no longer
 * does, and a case its old town's unit worked (the 派出所, the town office) is routed again, to the new town's unit.
 * Closed cases stay where they were worked. In the transfer's transaction: both or neither.
 */
@Component
class CasesFollowTheChild {

    private final CaseFileRepository cases;
    private final CaseRouting routing;
    private final OrganisationService organisations;

    CasesFollowTheChild(CaseFileRepository cases, CaseRouting routing, OrganisationService organisations) {
        this.cases = cases;
        this.routing = routing;
        this.organisations = organisations;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PersonTransferred transferred) {
        if (transferred.type() != PersonType.CHILD) {
            return;
        }
        RegionCode oldTown = RegionCode.of(transferred.fromVillage()).ancestorAt(RegionLevel.TOWN);
        for (CaseFile c : cases.findByChildIdOrderByOpenedAtDescIdDesc(transferred.personId())) {
            if (c.isClosed()) {
                continue;
            }
            boolean workedByOldTown = c.getOwnerOrganisationId() != null && organisations
                    .find(c.getOwnerOrganisationId()).map(o -> oldTown.covers(RegionCode.of(o.getRegionCode())))
                    .orElse(false);
            CaseOwner owner = workedByOldTown ? routing.ownerFor(c.getType(), transferred.toVillage())
                    : new CaseOwner(c.getOwnerOrganisationId(), c.getOwnerDepartmentType());
            c.followChild(transferred.toVillage(), owner);
        }
    }
}
