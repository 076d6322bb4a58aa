package org.guanai.registry.visit;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.PersonType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The visit log (走访). The person's service checks the jurisdiction and keeps the last visit date. */
@Service
@Validated
@Transactional
public class VisitService {

    private final VisitRepository visits;
    private final ChildService children;
    private final AuditService audit;
    private final Clock clock;

    VisitService(VisitRepository visits, ChildService children, AuditService audit, Clock clock) {
        this.visits = visits;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    public Visit recordForChild(long childId, @Valid VisitForm form, Jurisdiction jurisdiction) {
        children.recordVisit(childId, form.getVisitDate(), form.getKind() + " " + form.getVisitor(), jurisdiction);
        String by = audit.currentActor().username();
        return visits.save(new Visit(PersonType.CHILD, childId, form, by == null ? "system" : by, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Visit> ofChild(long childId, Jurisdiction jurisdiction) {
        children.get(childId, jurisdiction);
        return visits.findByPersonTypeAndPersonIdOrderByVisitDateDescIdDesc(PersonType.CHILD, childId);
    }
}
