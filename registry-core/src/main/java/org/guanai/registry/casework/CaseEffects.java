package org.guanai.registry.casework;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.child.Delegate;
import org.guanai.registry.child.GuardianKind;
import org.guanai.registry.child.GuardianshipType;
import org.guanai.registry.child.HukouType;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.InvalidPersonException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a step changes outside its case, in the same transaction: the loop back to the registry (a child
 * back at school is no longer 失学辍学) and the cases one step opens for another. A change the registry's
 * rules refuse (an ID number already registered) comes back as a problem of the step's field.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CaseEffects {

    private final ChildService children;
    private final CaseLedger ledger;
    private final CaseFileRepository cases;
    private final CaseRouting routing;
    private final Clock clock;

    CaseEffects(ChildService children, CaseLedger ledger, CaseFileRepository cases, CaseRouting routing, Clock clock) {
        this.children = children;
        this.ledger = ledger;
        this.cases = cases;
        this.routing = routing;
        this.clock = clock;
    }

    void apply(Step step, CaseFile c, SignedInUser actor) {
        switch (step.effect()) {
            case NONE -> {
            }
            case REFER -> c.referTo(List.of(c.fact(CaseField.REFERRED_TO).split(",")));
            case REFER_TO_JUDICIARY -> {
                if ("REVOKE_APPLICATION".equals(c.fact(CaseField.INTERVENTION))) {
                    c.referAlso(List.of(DepartmentType.COURT.name(), DepartmentType.PROCURATORATE.name()));
                }
            }
            case REFER_TO_PROCURATORATE -> c.referAlso(List.of(DepartmentType.PROCURATORATE.name()));
            case REFER_TO_JUSTICE -> c.referAlso(List.of(DepartmentType.JUSTICE.name()));
            case RESTART_CLOCK -> c.dueBy(clock.instant().plus(Duration.ofDays(routing.of(c.getType(), c.getRegionCode()).getTimeLimitDays())));
            case OPEN_DELEGATION -> {
                if ("DELEGATE".equals(c.fact(CaseField.ORDER)) && c.getChildId() != null
                        && !cases.hasOpen(c.getChildId(), CaseType.DELEGATION)) {
                    CaseFile delegation = ledger.open(CaseLedger.Opening.ofChild(CaseType.DELEGATION, c.getChildId(),
                            c.getSubjectName(), null, c.getRegionCode(), OpenedBecause.ORDER_TO_DELEGATE, null, null,
                            null), actor.accountId(), actor.displayName());
                    delegation.relateTo(c.getId());
                }
            }
            case OPEN_TEMPORARY_CARE -> {
                CaseFile care = ledger.open(CaseLedger.Opening.ofChild(CaseType.TEMPORARY_CARE, c.getChildId(),
                        c.getSubjectName(), c.getSubjectDescription(), c.getRegionCode(),
                        OpenedBecause.REPORTED_CHILD_PLACED, null, null, null), actor.accountId(), actor.displayName());
                care.relateTo(c.getId());
                Map<String, String> escort = Map.of(
                        CaseField.ESCORTED_TO.key(), c.fact(CaseField.ESCORTED_TO),
                        CaseField.ESCORT_DATE.key(), c.fact(CaseField.ESCORT_DATE),
                        CaseField.CARE_PLACE.key(), c.fact(CaseField.CARE_PLACE));
                String from = care.getState();
                care.record(escort);
                care.moveTo("ESCORTED", care.getOpenedAt());
                ledger.log(care, "escort", from, escort, null, actor.accountId(), actor.displayName());
            }
            case BACK_TO_SCHOOL -> changeChild(c, step, d -> {
                d.setSchooling(Schooling.valueOf(c.fact(CaseField.RETURN_SCHOOLING)));
                d.setSchoolName(c.fact(CaseField.SCHOOL_NAME));
                d.setGrade(c.fact(CaseField.GRADE));
            });
            case VOCATIONAL_SCHOOL -> changeChild(c, step, d -> {
                d.setSchooling(Schooling.VOCATIONAL);
                d.setSchoolName(c.fact(CaseField.SCHOOL_NAME));
            });
            case HUKOU_REGISTERED -> changeChild(c, step, d -> {
                d.setIdNumber(c.fact(CaseField.ID_NUMBER));
                d.setHasHukou(true);
                if (d.getHukouType() == null) {
                    // 常住户籍 where the child lives: a village of the programme. The clerk can correct it on the form.
                    d.setHukouType(HukouType.RURAL);
                }
            });
            case DELEGATION_ACTIVE -> changeChild(c, step, d -> {
                Delegate delegate = d.getDelegate();
                String elderId = c.fact(CaseField.DELEGATE_ELDER_ID);
                delegate.setElderId(elderId == null ? null : Long.valueOf(elderId));
                delegate.setName(c.fact(CaseField.DELEGATE_NAME));
                delegate.setIdNumber(c.fact(CaseField.DELEGATE_ID_NUMBER));
                delegate.setRelation(c.fact(CaseField.DELEGATE_RELATION));
                delegate.setPhone(c.fact(CaseField.DELEGATE_PHONE));
                delegate.setAddress(c.fact(CaseField.DELEGATE_ADDRESS));
                d.setDelegated(true);
                d.setAgreementSigned(true);
                if (d.getGuardianKind() == null || d.getGuardianKind() == GuardianKind.NONE
                        || d.getGuardianKind() == GuardianKind.PARENT) {
                    d.setGuardianKind(GuardianKind.OTHER_RELATIVE_OR_FRIEND);
                }
                if (d.getGuardianshipType() == GuardianshipType.UNATTENDED) {
                    d.setGuardianshipType(GuardianshipType.FAIR);
                }
            });
            case DELEGATION_ENDED -> changeChild(c, step, d -> {
                if (!d.isDelegated() || d.getDelegate().getName() == null
                        || !d.getDelegate().getName().equals(c.fact(CaseField.DELEGATE_NAME))) {
                    return; // the registry already names someone else: leave it
                }
                d.setDelegated(false);
                d.setAgreementSigned(false);
                d.getDelegate().setElderId(null);
                d.getDelegate().setName(null);
                d.getDelegate().setIdNumber(null);
                d.getDelegate().setRelation(null);
                d.getDelegate().setPhone(null);
                d.getDelegate().setAddress(null);
                // A returned parent takes over; otherwise nobody does, which opens a guardianship case.
                d.setGuardianKind("PARENT_RETURNED".equals(c.fact(CaseField.END_REASON)) ? GuardianKind.PARENT
                        : GuardianKind.NONE);
            });
        }
    }

    private void changeChild(CaseFile c, Step step, Consumer<ChildDetails> change) {
        if (c.getChildId() == null) {
            return;
        }
        try {
            children.changeByCase(c.getChildId(), change, CaseLedger.summary(c, step.code()));
        } catch (InvalidPersonException e) {
            // The registry's rules speak of the child's fields; show them on the step's field where there is one.
            throw new CaseInputException(e.problems().stream()
                    .map(p -> new FieldProblem(stepField(step, p.field()), p.messageKey(), p.args())).toList());
        }
    }

    private static String stepField(Step step, String childField) {
        if ("idNumber".equals(childField) || "birthDate".equals(childField) || "sex".equals(childField)) {
            if (step.inputs().stream().anyMatch(i -> i.field() == CaseField.ID_NUMBER)) {
                return CaseField.ID_NUMBER.key();
            }
        }
        if (childField != null && childField.startsWith("delegate")) {
            return CaseField.DELEGATE_NAME.key();
        }
        return List.of(CaseField.values()).stream().map(CaseField::key).filter(k -> k.equals(childField)).findFirst()
                .orElse("step");
    }
}
