package org.guanai.registry.visit;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.shared.KeysetCursor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The visit log (走访). The person's service checks the jurisdiction and keeps the last visit date. */
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
    private final ChildService children;
    private final ElderService elders;
    private final AuditService audit;
    private final Clock clock;

    VisitService(VisitRepository visits, ChildService children, ElderService elders, AuditService audit, Clock clock) {
        this.visits = visits;
        this.children = children;
        this.elders = elders;
        this.audit = audit;
        this.clock = clock;
    }

    public Visit recordForChild(long childId, @Valid VisitForm form, Jurisdiction jurisdiction) {
        children.recordVisit(childId, form.getVisitDate(), summary(form), jurisdiction);
        return save(PersonType.CHILD, childId, form);
    }

    public Visit recordForElder(long elderId, @Valid VisitForm form, Jurisdiction jurisdiction) {
        elders.recordVisit(elderId, form.getVisitDate(), summary(form), jurisdiction);
        return save(PersonType.ELDER, elderId, form);
    }

    /** {@value #PAGE} of the elder's visits, the latest first, older than {@code after} (null: the latest). */
    @Transactional(readOnly = true)
    public VisitPage ofElder(long elderId, String after, Jurisdiction jurisdiction) {
        elders.get(elderId, jurisdiction);
        return page(PersonType.ELDER, elderId, after);
    }

    private static String summary(VisitForm form) {
        return form.getKind() + " " + form.getVisitor();
    }

    private Visit save(PersonType type, long personId, VisitForm form) {
        String by = audit.currentActor().username();
        return visits.save(new Visit(type, personId, form, by == null ? "system" : by, clock.instant()));
    }

    /** {@value #PAGE} of the child's visits, the latest first, older than {@code after} (null: the latest). */
    @Transactional(readOnly = true)
    public VisitPage ofChild(long childId, String after, Jurisdiction jurisdiction) {
        children.get(childId, jurisdiction);
        return page(PersonType.CHILD, childId, after);
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
