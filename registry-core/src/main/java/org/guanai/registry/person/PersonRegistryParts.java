package org.guanai.registry.person;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.stereotype.Component;

/** What every {@link PersonRegistry} works with, whatever kind of person it keeps. */
@Component
public record PersonRegistryParts(PersonRules rules, PersonTransfers transfers, HistoryService history,
        AuditService audit, Clock clock, RegistryProperties properties, EntityManager entityManager) {
}
