package org.guanai.registry.person;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.shared.KeysetCursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The visit log (走访) of any kind of person. The person's registry checks the jurisdiction and keeps the last visit
 * date and the history.
 */
@Service
@Validated
@Transactional
public class VisitService {

    /** How many visits a page shows. */
    public static final int PAGE = 20;

    /** A page of a person's visits, the latest first, and where the next (older) page starts: null on the last. */
    public record VisitPage(List<Visit> visits, String nextCursor) {
    }

    private final VisitRepository visits;
    private final AuditService audit;
    private final Clock clock;

    VisitService(VisitRepository visits, AuditService audit, Clock clock) {
        this.visits = visits;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a visit of a person of {@code registry}, inside the jurisdiction. */
    public Visit record(PersonRegistry<?, ?, ?, ?> registry, long personId, @Valid VisitForm form,
            Jurisdiction jurisdiction) {
        return record(registry, personId, form, null, jurisdiction);
    }

    /** Records a contact of a pairing (结对帮扶) as a visit of its person; the caller checked the pairing is theirs. */
    public Visit record(PersonRegistry<?, ?, ?, ?> registry, long personId, @Valid VisitForm form, Long pairingId,
            Jurisdiction jurisdiction) {
        registry.recordVisit(personId, form.getKind().isContact() ? form.getVisitDate() : null, summary(form),
                jurisdiction);
        return save(registry.type(), personId, form, pairingId);
    }

    /** {@value #PAGE} of a person's visits, the latest first, older than {@code after} (null: the latest). */
    @Transactional(readOnly = true)
    public VisitPage of(PersonRegistry<?, ?, ?, ?> registry, long personId, String after, Jurisdiction jurisdiction) {
        registry.get(personId, jurisdiction);
        return page(registry.type(), personId, after);
    }

    private static String summary(VisitForm form) {
        return form.getKind() + " " + form.getVisitor();
    }

    private Visit save(PersonType type, long personId, VisitForm form, Long pairingId) {
        String by = audit.currentActor().username();
        return visits.save(new Visit(type, personId, form, pairingId, by == null ? "system" : by, clock.instant()));
    }

    /**
     * A person's visits a page at a time: the log only grows (a monthly visit for years), and the person's page
     * showed every one of them.
     */
    private VisitPage page(PersonType type, long personId, String after) {
        KeysetCursor<LocalDate> cursor = KeysetCursor.parse(after, LocalDate::parse);
        List<Visit> read = cursor == null ? visits.latest(type, personId, PAGE + 1)
                : visits.before(type, personId, cursor.key(), cursor.id(), PAGE + 1);
        KeysetCursor.Cut<Visit> page = KeysetCursor.cut(read, PAGE, Visit::getVisitDate, Visit::getId);
        return new VisitPage(page.rows(), page.next());
    }
}
