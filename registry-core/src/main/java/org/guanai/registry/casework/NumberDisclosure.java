package org.guanai.registry.casework;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.account.ExportRight;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.NotPermittedException;
import org.guanai.registry.person.FullNumbers;
import org.guanai.registry.person.PersonType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose identity and phone numbers a user may see in full, revealed on screen (audited) or in a file: its role's
 * {@link ExportRight} applied to people. The people of the jurisdiction, or for a department only the children of
 * the cases routed or referred to it. The reveal and every export ask here, so that a file never shows more than
 * the screen can (docs/security.md, "Exports").
 */
@Service
@Transactional(readOnly = true)
public class NumberDisclosure implements FullNumbers {

    private final CaseAccess cases;
    private final EntityManager em;
    private final AuditService audit;

    NumberDisclosure(CaseAccess cases, EntityManager em, AuditService audit) {
        this.cases = cases;
        this.em = em;
        this.audit = audit;
    }

    /**
     * Refuses (audited, {@link NotPermittedException}) a user who may not see this person's numbers in full. Whether
     * the person lies in the user's jurisdiction at all is the registry's to check, as for every read.
     */
    @Override
    public void requireFullNumbers(PersonType type, long id, SignedInUser actor) {
        if (!allowsFullNumbers(type, id, actor)) {
            audit.record(AuditAction.ACCESS_DENIED, type.name().toLowerCase(), id, AuditOutcome.DENIED,
                    "full numbers (" + actor.role().exportRight() + ")");
            throw new NotPermittedException("full numbers of " + type + " " + id);
        }
    }

    /** True when the user's role may see this person's numbers in full (for offering the reveal at all). */
    @Override
    public boolean allowsFullNumbers(PersonType type, long id, SignedInUser actor) {
        ExportRight right = actor.role().exportRight();
        return right.fullNumbers() && (!right.onlyOwnCases()
                || type == PersonType.CHILD && childrenOfOwnCases(actor, List.of(id)).contains(id));
    }

    /** Refuses (audited) a user whose role may not export lists of people at all, or not of this kind. */
    public void requireExport(PersonType type, SignedInUser actor, String what) {
        ExportRight right = actor.role().exportRight();
        if (!right.exportsPeople() || right.onlyOwnCases() && type != PersonType.CHILD) {
            audit.record(AuditAction.ACCESS_DENIED, type.name().toLowerCase(), null, AuditOutcome.DENIED,
                    "export " + what + " (" + right + ")");
            throw new NotPermittedException("export " + what);
        }
    }

    /**
     * Every child that a case in the user's scope is about, closed cases too: a department's own children, which its
     * export is read among (its county's whole roster checked against its cases had cost 90–115 ms of PostgreSQL's
     * time on a province's set). Each arm of the scope is read apart, from an index of its own (V48).
     */
    public Set<Long> childrenOfOwnCases(SignedInUser actor) {
        Set<Long> found = new HashSet<>();
        Map<String, Object> params = new HashMap<>();
        for (String arm : cases.scope(actor).arms(params)) {
            var query = em.createQuery("select c.childId from CaseFile c where c.childId is not null and " + arm,
                    Long.class);
            CaseScope.bindNamed(query, params);
            found.addAll(query.getResultList());
        }
        return found;
    }

    /** Of {@code childIds}, those that a case in the user's scope is about (a department's own cases). */
    public Set<Long> childrenOfOwnCases(SignedInUser actor, List<Long> childIds) {
        Set<Long> found = new HashSet<>();
        Map<String, Object> params = new HashMap<>();
        String scope = cases.scope(actor).condition(params);
        for (int i = 0; i < childIds.size(); i += 1000) {
            var query = em.createQuery("select distinct c.childId from CaseFile c where c.childId in :ids and " + scope,
                    Long.class);
            params.forEach(query::setParameter);
            query.setParameter("ids", childIds.subList(i, Math.min(childIds.size(), i + 1000)));
            found.addAll(query.getResultList());
        }
        return found;
    }
}
