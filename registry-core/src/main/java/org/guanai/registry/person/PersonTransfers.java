package org.guanai.registry.person;

import java.time.Instant;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a transfer does besides changing the person's village ({@link PersonRegistry#transfer}): the log both towns
 * read, the audit row, and the event on which what follows the person moves with it.
 */
@Component
public class PersonTransfers {

    private final TransferLog log;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    PersonTransfers(TransferLog log, AuditService audit, ApplicationEventPublisher events) {
        this.log = log;
        this.audit = audit;
        this.events = events;
    }

    void recorded(PersonType type, PersonRecord person, String idNumber, String from, String note, Instant at) {
        String by = audit.currentActor().username();
        log.record(type, person.getId(), person.getName(), idNumber, from, person.getVillageCode(),
                by == null ? "system" : by, note, at);
        audit.recordWithChange(AuditAction.PERSON_TRANSFERRED, type.name().toLowerCase(), person.getId(),
                from + " → " + person.getVillageCode());
        events.publishEvent(new PersonTransferred(type, person.getId(), from, person.getVillageCode()));
    }
}
