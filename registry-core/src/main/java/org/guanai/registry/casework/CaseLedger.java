package org.guanai.registry.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.person.ChangeAction;
import org.guanai.registry.person.HistoryService;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.shared.Texts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what happens to cases: a new case (routed, with its due date) and each step, each one in the
 * case's action log, the audit trail and, for a registered child, the child's history. The one place
 * where those three are kept in step.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CaseLedger {

    private final CaseFileRepository cases;
    private final CaseActionRepository actions;
    private final CaseRouting routing;
    private final HistoryService history;
    private final AuditService audit;
    private final Clock clock;

    CaseLedger(CaseFileRepository cases, CaseActionRepository actions, CaseRouting routing, HistoryService history,
            AuditService audit, Clock clock) {
        this.cases = cases;
        this.actions = actions;
        this.routing = routing;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a new case is about and why; {@code timeLimit} null means the route's. About a child ({@code childId}), an
     * elder ({@code elderId}) or someone not identified (neither).
     */
    record Opening(CaseType type, Long childId, Long elderId, String subjectName, String subjectDescription,
            String regionCode, OpenedBecause because, String flag, Duration timeLimit, String note) {

        /** A case about a child, or about someone not identified ({@code childId} null). */
        static Opening ofChild(CaseType type, Long childId, String subjectName, String subjectDescription,
                String regionCode, OpenedBecause because, String flag, Duration timeLimit, String note) {
            return new Opening(type, childId, null, subjectName, subjectDescription, regionCode, because, flag,
                    timeLimit, note);
        }
    }

    CaseFile open(Opening o, Long actorAccountId, String actorName) {
        Instant now = clock.instant();
        Duration limit = o.timeLimit() != null ? o.timeLimit()
                : Duration.ofDays(routing.of(o.type(), o.regionCode()).getTimeLimitDays());
        CaseFile c = cases.save(new CaseFile(o.type(), o.childId(), o.elderId(), o.subjectName(), o.subjectDescription(),
                o.regionCode(), routing.ownerFor(o.type(), o.regionCode()), o.because(), o.flag(), now, actorName,
                now.plus(limit)));
        log(c, CaseAction.OPENED, null, Map.of(), o.note(), actorAccountId, actorName);
        audit.recordWithChange(AuditAction.CASE_OPENED, "case", c.getId(),
                o.type() + " " + o.because() + (o.flag() == null ? "" : " " + o.flag()));
        return c;
    }

    /** Logs a step already applied to {@code c} (its state is the new one), from {@code fromState}. */
    void log(CaseFile c, String step, String fromState, Map<String, String> values, String note, Long actorAccountId,
            String actorName) {
        actions.save(new CaseAction(c.getId(), clock.instant(), actorAccountId, actorName, step, fromState, c.getState(),
                Texts.strippedOrNull(note), values));
        if (!CaseAction.OPENED.equals(step)) {
            audit.recordWithChange(AuditAction.CASE_STEP, "case", c.getId(),
                    c.getType() + " " + step + " " + fromState + "->" + c.getState());
        }
        // A report's filing stays out of the child's history: the history names its actor, and the reporter is
        // known only to the police and the county office.
        boolean confidentialFiling = CaseAction.OPENED.equals(step) && c.getType() == CaseType.MANDATORY_REPORT;
        if (c.getChildId() != null && !confidentialFiling) {
            history.record(PersonType.CHILD, c.getChildId(), ChangeAction.CASE, summary(c, step), List.of());
        }
        if (c.getElderId() != null) {
            history.record(PersonType.ELDER, c.getElderId(), ChangeAction.CASE, summary(c, step), List.of());
        }
    }

    /** {@code CASE <TYPE> <id> <step>}: the history page turns it into words. */
    static String summary(CaseFile c, String step) {
        return "CASE " + c.getType() + " " + c.getId() + " " + step;
    }
}
