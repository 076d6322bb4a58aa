package org.guanai.registry.adoption;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.casework.CaseRouting;
import org.guanai.registry.casework.CaseType;
import org.guanai.registry.committee.CommitteeKind;
import org.guanai.registry.committee.CommitteeService;
import org.guanai.registry.committee.MemberPosition;
import org.guanai.registry.pattern.PatternService;
import org.guanai.registry.plan.CountyPlans;
import org.guanai.registry.plan.PlanPack;
import org.guanai.registry.plan.PlanPacks;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.shared.RefusedException;
import org.guanai.registry.task.Recurrence;
import org.guanai.registry.task.TaskPhase;
import org.guanai.registry.task.TaskService;
import org.guanai.registry.task.TaskTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A county adopts a plan pack (docs/plans.md, "Adopting a plan"): in one transaction its current tasks and "456" items
 * are archived (kept, read-only) and the plan's written, its committee is set up when the county has none of that
 * kind, its case routes and enabled case types become the plan's, and the adoption is recorded. Only a later plan
 * than the current one may be adopted; the county office adopts for its own county.
 */
@Service
@Transactional
public class PlanAdoption {

    private final PlanPacks packs;
    private final CountyPlans plans;
    private final TaskService tasks;
    private final PatternService pattern;
    private final CommitteeService committees;
    private final CaseRouting routing;
    private final AuditService audit;

    PlanAdoption(PlanPacks packs, CountyPlans plans, TaskService tasks, PatternService pattern,
            CommitteeService committees, CaseRouting routing, AuditService audit) {
        this.packs = packs;
        this.plans = plans;
        this.tasks = tasks;
        this.pattern = pattern;
        this.committees = committees;
        this.routing = routing;
        this.audit = audit;
    }

    /** Refused adoptions: the message key says why. */
    public static class AdoptionRefusedException extends RefusedException {
        public AdoptionRefusedException(String messageKey) {
            super(messageKey);
        }
    }

    /** The county office adopts {@code planId} for its county. */
    public void adopt(String planId, SignedInUser actor) {
        if (actor.role() != Role.COUNTY || actor.jurisdiction().county() == null
                || actor.jurisdiction().county().level() != RegionLevel.COUNTY) {
            throw new AdoptionRefusedException("plan.error.countyOnly");
        }
        RegionCode county = actor.jurisdiction().county();
        PlanPack plan = packs.find(planId).orElseThrow(() -> new AdoptionRefusedException("plan.error.noSuchPlan"));
        Optional<PlanPack> current = plans.current(county);
        if (current.isPresent() && current.get().id().equals(plan.id())) {
            throw new AdoptionRefusedException("plan.error.alreadyAdopted");
        }
        if (current.isPresent() && !plan.issued().isAfter(current.get().issued())) {
            throw new AdoptionRefusedException("plan.error.notLater");
        }
        tasks.adopt(county, plan.id(), plan.tasks().stream().map(PlanAdoption::task).toList(), actor.username());
        pattern.adopt(county, plan.id(), plan.pattern().stream().map(p -> new PatternService.NewItem(
                RegionLevel.valueOf(p.level()), p.number(), p.title(), p.lead(), p.responsible(), p.due(), p.funds(),
                p.shownByCare())).toList(), tasks.today());
        CommitteeKind kind = CommitteeKind.valueOf(plan.committee().kind());
        if (!committees.roster(kind, actor, null).entered()) {
            PlanPack.CommitteeLine c = plan.committee();
            committees.describe(kind, 0, c.name(), c.basis(), c.office(), actor);
            for (PlanPack.MemberLine m : c.members()) {
                committees.add(kind, MemberPosition.valueOf(m.position()), m.personName(), m.title(), m.unit(), actor);
            }
        }
        Set<CaseType> enabled = EnumSet.noneOf(CaseType.class);
        plan.caseTypes().forEach(t -> enabled.add(CaseType.valueOf(t)));
        routing.adopt(county, plan.routes().stream().map(r -> new CaseRouting.PlanRoute(CaseType.valueOf(r.type()),
                r.line(), r.townFirst(), r.days(), r.lead(), r.responsible(), r.basis())).toList(), enabled,
                actor.username());
        plans.record(county, plan, tasks.today(), actor.username());
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "county_plan", county.value(), "adopted "
                + plan.id());
    }

    private static TaskService.PackTask task(PlanPack.TaskLine t) {
        return new TaskService.PackTask(t.code(), t.section(), new TaskTerms(t.title(), t.lead(), t.responsible(),
                t.starts(), t.due(), Recurrence.parse(t.every()), t.funds(),
                t.phase() == null ? null : TaskPhase.valueOf(t.phase())));
    }

    /** The plans a county office may adopt now: the later ones than its current plan (every one without a plan). */
    @Transactional(readOnly = true)
    public List<PlanPack> adoptable(SignedInUser actor) {
        Optional<PlanPack> current = plans.current(actor.jurisdiction().county());
        return packs.all().stream().filter(p -> current.map(c -> p.issued().isAfter(c.issued())).orElse(true))
                .toList();
    }
}
