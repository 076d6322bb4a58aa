package org.guanai.registry.casework;

import java.util.Map;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.region.RegionCode;

/**
 * Which cases one user may see, as a query condition: the cases of a region's people (county office, town,
 * inspector); the cases routed to a unit, plus, for a county department, those routed to the units of its
 * line in the county (县公安局 oversees the 派出所); nothing for the others.
 */
record CaseScope(String regionPrefix, Long organisationId, DepartmentType supervisedLine) {

    static final CaseScope NONE = new CaseScope(null, null, null);

    boolean seesNothing() {
        return regionPrefix == null && organisationId == null;
    }

    boolean covers(CaseFile c) {
        if (organisationId != null) {
            return organisationId.equals(c.getOwnerOrganisationId())
                    || (supervisedLine != null && supervisedLine == c.getOwnerDepartmentType()
                            && c.getRegionCode().startsWith(regionPrefix));
        }
        return regionPrefix != null && c.getRegionCode().startsWith(regionPrefix);
    }

    /** The JPQL condition on alias {@code c}, its parameters put into {@code params}. */
    String condition(Map<String, Object> params) {
        if (seesNothing()) {
            return "1 = 0";
        }
        String region = "c.regionCode between :regionLo and :regionHi";
        if (regionPrefix != null) {
            params.put("regionLo", RegionCode.lowestWithPrefix(regionPrefix));
            params.put("regionHi", RegionCode.highestWithPrefix(regionPrefix));
        }
        if (organisationId == null) {
            return regionPrefix.isEmpty() ? "1 = 1" : region;
        }
        params.put("ownerOrganisation", organisationId);
        if (supervisedLine == null) {
            return "c.ownerOrganisationId = :ownerOrganisation";
        }
        params.put("supervisedLine", supervisedLine);
        return "(c.ownerOrganisationId = :ownerOrganisation or (c.ownerDepartmentType = :supervisedLine and "
                + region + "))";
    }
}
