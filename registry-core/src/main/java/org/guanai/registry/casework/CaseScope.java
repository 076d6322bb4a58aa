package org.guanai.registry.casework;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.region.RegionCode;

/**
 * Which cases one user may see, as a query condition and as a test of one case: the cases of a region's
 * people (county office, town, inspector); for a department unit, the cases routed to it, those its line
 * was referred to in the region it serves, and, for a county department, those routed to the units of its
 * line below it (县公安局 oversees the 派出所); nothing for the others.
 *
 * @param regionPrefix the region seen, or served by a department; {@code null} with no region at all
 * @param organisationId the department unit, {@code null} for region scopes
 * @param line the unit's line of work
 * @param oversees whether the unit is a county department overseeing its line's units in the county
 */
record CaseScope(String regionPrefix, Long organisationId, DepartmentType line, boolean oversees) {

    static final CaseScope NONE = new CaseScope(null, null, null, false);

    static CaseScope region(String prefix) {
        return prefix == null ? NONE : new CaseScope(prefix, null, null, false);
    }

    boolean seesNothing() {
        return regionPrefix == null && organisationId == null;
    }

    boolean covers(CaseFile c) {
        if (organisationId == null) {
            return regionPrefix != null && inRegion(c);
        }
        return owns(c) || referredTo(c);
    }

    /** The unit works the case as its owner (or overseer of the owner). */
    boolean owns(CaseFile c) {
        return organisationId != null && (organisationId.equals(c.getOwnerOrganisationId())
                || (oversees && line == c.getOwnerDepartmentType() && inRegion(c)));
    }

    /** The case was referred to the unit's line, in the region the unit serves. */
    boolean referredTo(CaseFile c) {
        return organisationId != null && c.isReferredTo(line) && inRegion(c);
    }

    private boolean inRegion(CaseFile c) {
        return regionPrefix != null && c.getRegionCode().startsWith(regionPrefix);
    }

    /** The JPQL condition on alias {@code c}, its parameters put into {@code params}. */
    String condition(Map<String, Object> params) {
        List<String> arms = arms(params);
        return arms.size() == 1 ? arms.get(0) : "(" + String.join(" or ", arms) + ")";
    }

    /** Binds the parameters a query of one arm names: an arm names only some of them, Hibernate refuses the others. */
    static void bindNamed(Query q, Map<String, Object> params) {
        q.getParameters().forEach(p -> q.setParameter(p.getName(), params.get(p.getName())));
    }

    /**
     * The same condition as alternatives of which each case meets at least one: a department's own cases, its
     * line's in the region it oversees, those referred to its line. Each arm can walk an index of its own, which
     * the disjunction cannot (an inbox read in due-date order, CaseInbox#inbox).
     */
    List<String> arms(Map<String, Object> params) {
        if (seesNothing()) {
            return List.of("1 = 0");
        }
        String region = "c.regionCode between :regionLo and :regionHi";
        if (regionPrefix != null) {
            params.put("regionLo", RegionCode.lowestWithPrefix(regionPrefix));
            params.put("regionHi", RegionCode.highestWithPrefix(regionPrefix));
        }
        if (organisationId == null) {
            return List.of(regionPrefix.isEmpty() ? "1 = 1" : region);
        }
        params.put("ownerOrganisation", organisationId);
        List<String> arms = new ArrayList<>(List.of("c.ownerOrganisationId = :ownerOrganisation"));
        if (line != null && regionPrefix != null) {
            // A parameter only where an arm names it: a query given one it does not have is refused (a station, which
            // oversees nothing, had its case list and figures fail on :line).
            params.put("referredLine", "%," + line.name() + ",%");
            if (oversees) {
                params.put("line", line);
                arms.add("(c.ownerDepartmentType = :line and " + region + ")");
            }
            arms.add("(c.referredLines like :referredLine and " + region + ")");
        }
        return arms;
    }
}
