package org.guanai.registry.visit;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.ElderService;
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

    @Transactional(readOnly = true)
    public List<Visit> ofElder(long elderId, Jurisdiction jurisdiction) {
        elders.get(elderId, jurisdiction);
        return visits.findByPersonTypeAndPersonIdOrderByVisitDateDescIdDesc(PersonType.ELDER, elderId);
    }

    private static String summary(VisitForm form) {
        return form.getKind() + " " + form.getVisitor();
    }

    private Visit save(PersonType type, long personId, VisitForm form) {
        String by = audit.currentActor().username();
        return visits.save(new Visit(type, personId, form, by == null ? "system" : by, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Visit> ofChild(long childId, Jurisdiction jurisdiction) {
        children.get(childId, jurisdiction);
        return visits.findByPersonTypeAndPersonIdOrderByVisitDateDescIdDesc(PersonType.CHILD, childId);
    }
}
