package org.guanai.registry.casework;

import org.guanai.registry.organisation.DepartmentType;

/** The organisation a case is routed to; {@code organisationId} is null when no unit of the type exists. */
public record CaseOwner(Long organisationId, DepartmentType departmentType) {
}
