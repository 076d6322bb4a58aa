package org.guanai.registry.task;

import org.guanai.registry.organisation.DepartmentType;

/** A unit with a part in tasks: a county department (by organisation) or a town (by region code). */
public record TaskUnit(Long organisationId, String regionCode, DepartmentType line, String name) {

    public boolean isTown() {
        return regionCode != null;
    }

    /** A stable key for forms and maps: {@code org:12} or {@code town:522730100000}. */
    public String key() {
        return isTown() ? "town:" + regionCode : "org:" + organisationId;
    }
}
