package org.guanai.registry.casework;

import static org.guanai.registry.casework.CaseField.*;
import static org.guanai.registry.casework.Party.COUNTY;
import static org.guanai.registry.casework.Party.COURT;
import static org.guanai.registry.casework.Party.JUSTICE;
import static org.guanai.registry.casework.Party.OWNER;
import static org.guanai.registry.casework.Party.PROCURATORATE;
import static org.guanai.registry.casework.Party.REFERRED;
import static org.guanai.registry.casework.Party.TOWN;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.casework.Step.Effect;
import org.guanai.registry.casework.Step.Input;

/**
 * Every case type's states and steps, after docs/casework.md and the Longli plan's section 五: the one place
 * where who may do what, when, is written. State labels: {@code case.state.<TYPE>.<STATE>}.
 */
final class Workflows {

    private static final Map<CaseType, Workflow> ALL = new EnumMap<>(CaseType.class);

    static {
        ALL.put(CaseType.GUARDIANSHIP, Workflow.of(CaseType.GUARDIANSHIP,
                        "OPEN", "PARENTS_CONTACTED", "ORDERED", "ARRANGED", "CLOSED")
                .closedIn("CLOSED")
                .step("contactParents", Set.of("OPEN"), List.of(OWNER), "PARENTS_CONTACTED", Effect.NONE,
                        req(CONTACT_DATE), req(PARENTS_REACHED))
                .step("orderParents", Set.of("PARENTS_CONTACTED"), List.of(OWNER), "ORDERED", Effect.OPEN_DELEGATION,
                        req(ORDER))
                .step("recordArrangement", Set.of("ORDERED"), List.of(TOWN), "ARRANGED", Effect.NONE, req(ARRANGEMENT))
                .step("followUp", Set.of("ARRANGED"), List.of(TOWN), "CLOSED", Effect.NONE, req(VISIT_DATE),
                        req(FINDINGS))
                // 训诫、处理 and 撤销监护资格 applications (监护干预): recorded, the case stays where it is; an application
                // refers it to the court and the procuratorate (五（一）3 四、五).
                .step("intervene", Set.of("OPEN", "PARENTS_CONTACTED", "ORDERED", "ARRANGED"), List.of(OWNER, COUNTY),
                        (String) null, Effect.REFER_TO_JUDICIARY, req(INTERVENTION), req(INTERVENTION_DATE))
                // 应当提出申请而没有提出的，检察机关应当依法建议、督促、支持: the county or the owner asks for it.
                .step("askProcuratorate", Set.of("OPEN", "PARENTS_CONTACTED", "ORDERED", "ARRANGED"),
                        List.of(OWNER, COUNTY), (String) null, Effect.REFER_TO_PROCURATORATE)
                .step("procuratorialAction", Set.of("OPEN", "PARENTS_CONTACTED", "ORDERED", "ARRANGED"),
                        List.of(PROCURATORATE), (String) null, Effect.NONE, req(PROCURATORIAL_ACTION),
                        req(PROCURATORIAL_DATE), opt(PROCURATORIAL_NOTE))
                // The court's ruling on the application; granted, it names the guardian it appoints (attachment 3
                // counts the rulings granted as 撤销监护资格).
                .step("courtRuling", Set.of("OPEN", "PARENTS_CONTACTED", "ORDERED", "ARRANGED"), List.of(COURT),
                        (String) null, Effect.NONE, req(RULING), req(RULING_DATE), opt(NEW_GUARDIAN_NAME),
                        opt(NEW_GUARDIAN_RELATION))
                // 县司法局's legal aid (五（一）4 一), asked for by the owner or the county office.
                .step("askLegalAid", Set.of("OPEN", "PARENTS_CONTACTED", "ORDERED", "ARRANGED"),
                        List.of(OWNER, COUNTY), (String) null, Effect.REFER_TO_JUSTICE)
                .step("legalAid", Set.of("OPEN", "PARENTS_CONTACTED", "ORDERED", "ARRANGED"), List.of(JUSTICE),
                        (String) null, Effect.NONE, req(LEGAL_AID), req(LEGAL_AID_DATE), opt(LEGAL_AID_NOTE))
                .build());

        ALL.put(CaseType.DELEGATION, Workflow.of(CaseType.DELEGATION,
                        "OPEN", "PROPOSED", "ASSESSED", "ACTIVE", "ENDED", "CANCELLED")
                .closedIn("ENDED", "CANCELLED")
                .step("propose", Set.of("OPEN"), List.of(TOWN), "PROPOSED", Effect.NONE, opt(DELEGATE_ELDER_ID),
                        req(DELEGATE_NAME),
                        opt(DELEGATE_ID_NUMBER), req(DELEGATE_RELATION), opt(DELEGATE_PHONE), opt(DELEGATE_ADDRESS))
                // A failed assessment sends the case back for another delegate.
                .step("assess", Set.of("PROPOSED"), List.of(TOWN),
                        values -> values.isEmpty() ? "ASSESSED"
                                : "PASS".equals(values.get(ASSESS_RESULT.key())) ? "ASSESSED" : "OPEN",
                        Effect.NONE, req(ASSESS_HEALTH), req(ASSESS_AGE), req(ASSESS_ECONOMY), req(ASSESS_WILLINGNESS),
                        req(ASSESS_RESULT), req(ASSESSOR), req(ASSESS_DATE))
                .step("sign", Set.of("ASSESSED"), List.of(TOWN), "ACTIVE", Effect.DELEGATION_ACTIVE,
                        req(ENTRUSTING_PARENT), req(TERM_FROM), opt(TERM_TO), req(PARENT_SIGNED_DATE),
                        req(DELEGATE_SIGNED_DATE))
                .step("end", Set.of("ACTIVE"), List.of(TOWN), "ENDED", Effect.DELEGATION_ENDED, req(END_DATE),
                        req(END_REASON))
                .step("cancel", Set.of("OPEN", "PROPOSED", "ASSESSED"), List.of(TOWN, COUNTY), "CANCELLED", Effect.NONE)
                .build());

        ALL.put(CaseType.TEMPORARY_CARE, Workflow.of(CaseType.TEMPORARY_CARE,
                        "OPEN", "ESCORTED", "PLACED", "PARENTS_REACHED", "HANDED_BACK", "LONG_TERM")
                .closedIn("HANDED_BACK", "LONG_TERM")
                .step("escort", Set.of("OPEN"), List.of(OWNER), "ESCORTED", Effect.NONE, req(ESCORTED_TO),
                        req(ESCORT_DATE), req(CARE_PLACE))
                .step("place", Set.of("ESCORTED"), List.of(OWNER, COUNTY), "PLACED", Effect.NONE, req(PLACED_DATE),
                        req(CARE_ARRANGEMENT))
                .step("reachParents", Set.of("PLACED"), List.of(OWNER), "PARENTS_REACHED", Effect.NONE,
                        req(PARENTS_REACHED_DATE))
                .step("handBack", Set.of("PLACED", "PARENTS_REACHED"), List.of(OWNER, TOWN), "HANDED_BACK", Effect.NONE,
                        req(HAND_BACK_DATE), req(HANDED_TO))
                .step("longTerm", Set.of("PLACED", "PARENTS_REACHED"), List.of(OWNER, COUNTY), "LONG_TERM", Effect.NONE,
                        req(LONG_TERM_ARRANGEMENT))
                .build());

        ALL.put(CaseType.MANDATORY_REPORT, Workflow.of(CaseType.MANDATORY_REPORT,
                        "REPORTED", "ACCEPTED", "HANDLED", "CLOSED")
                .closedIn("CLOSED")
                .step("accept", Set.of("REPORTED"), List.of(OWNER), "ACCEPTED", Effect.RESTART_CLOCK)
                .step("placeTemporarily", Set.of("ACCEPTED"), List.of(OWNER), (String) null, Effect.OPEN_TEMPORARY_CARE,
                        req(ESCORTED_TO), req(ESCORT_DATE), req(CARE_PLACE))
                .step("handle", Set.of("ACCEPTED"), List.of(OWNER), "HANDLED", Effect.NONE, req(MEASURES))
                .step("close", Set.of("HANDLED"), List.of(OWNER), "CLOSED", Effect.NONE, req(CONCLUSION))
                .build());

        ALL.put(CaseType.DROPOUT, Workflow.of(CaseType.DROPOUT,
                        "OPEN", "VERIFIED", "PERSUADING", "RETURNED", "VOCATIONAL", "FAILED")
                .closedIn("RETURNED", "VOCATIONAL", "FAILED")
                .step("verify", Set.of("OPEN"), List.of(OWNER), "VERIFIED", Effect.NONE, req(VERIFY_METHOD),
                        req(VERIFY_DATE), req(VERIFY_FINDING))
                .step("persuade", Set.of("VERIFIED", "PERSUADING"), List.of(OWNER), "PERSUADING", Effect.NONE,
                        req(PERSUASION_DATE), req(PERSUADER), req(PERSUASION_RESULT))
                .step("backToSchool", Set.of("VERIFIED", "PERSUADING"), List.of(OWNER), "RETURNED",
                        Effect.BACK_TO_SCHOOL, req(RETURN_DATE), req(RETURN_SCHOOLING), req(SCHOOL_NAME), opt(GRADE))
                .step("vocational", Set.of("VERIFIED", "PERSUADING"), List.of(OWNER), "VOCATIONAL",
                        Effect.VOCATIONAL_SCHOOL, req(RETURN_DATE), req(SCHOOL_NAME))
                // 劝返无效: marked in the national student system and reported in writing (五（三）2).
                .step("persuasionFailed", Set.of("PERSUADING"), List.of(OWNER), "FAILED", Effect.NONE,
                        req(MARKED_IN_STUDENT_SYSTEM), req(WRITTEN_REPORT_DATE))
                .build());

        ALL.put(CaseType.HUKOU, Workflow.of(CaseType.HUKOU, "OPEN", "VERIFIED", "DOCUMENTED", "REGISTERED")
                .closedIn("REGISTERED")
                .step("verify", Set.of("OPEN"), List.of(OWNER), "VERIFIED", Effect.NONE, req(VERIFY_DATE),
                        req(VERIFY_FINDING))
                .step("collectDocuments", Set.of("VERIFIED"), List.of(OWNER), "DOCUMENTED", Effect.NONE, req(DOCUMENTS))
                .step("register", Set.of("DOCUMENTED"), List.of(OWNER), "REGISTERED", Effect.HUKOU_REGISTERED,
                        req(ID_NUMBER), req(REGISTERED_DATE), req(NON_BIOLOGICAL), opt(DNA_SAMPLED))
                .build());

        ALL.put(CaseType.SAFETY_NET, Workflow.of(CaseType.SAFETY_NET, "OPEN", "REFERRED", "GRANTED", "REVIEWED")
                .closedIn("REVIEWED")
                // 民政 refers to 人社 / 卫计 / 扶贫 / 残联 (五（五）1); they grant measures in their own field.
                .step("refer", Set.of("OPEN"), List.of(OWNER), "REFERRED", Effect.REFER, req(REFERRED_TO))
                .step("grant", Set.of("REFERRED", "GRANTED"), List.of(OWNER, REFERRED), "GRANTED", Effect.NONE,
                        req(MEASURE),
                        opt(AMOUNT), req(GRANT_DATE))
                .step("review", Set.of("GRANTED"), List.of(OWNER, COUNTY), "REVIEWED", Effect.NONE, req(REVIEW_DATE),
                        req(REVIEW_NOTE))
                .build());

        // 老年人受侵害: like a mandatory report, without the temporary placement of a child.
        ALL.put(CaseType.ELDER_ABUSE, Workflow.of(CaseType.ELDER_ABUSE, "REPORTED", "ACCEPTED", "HANDLED", "CLOSED")
                .closedIn("CLOSED")
                .step("accept", Set.of("REPORTED"), List.of(OWNER), "ACCEPTED", Effect.RESTART_CLOCK)
                .step("handle", Set.of("ACCEPTED"), List.of(OWNER), "HANDLED", Effect.NONE, req(MEASURES))
                .step("close", Set.of("HANDLED"), List.of(OWNER), "CLOSED", Effect.NONE, req(CONCLUSION))
                // 县司法局's legal aid to the elder (五（一）4 一).
                .step("askLegalAid", Set.of("REPORTED", "ACCEPTED", "HANDLED"), List.of(OWNER, COUNTY),
                        (String) null, Effect.REFER_TO_JUSTICE)
                .step("legalAid", Set.of("ACCEPTED", "HANDLED"), List.of(JUSTICE), (String) null, Effect.NONE,
                        req(LEGAL_AID), req(LEGAL_AID_DATE), opt(LEGAL_AID_NOTE))
                .build());

        // 健康体检: 卫计 records the check and its result; one step closes it.
        ALL.put(CaseType.HEALTH_CHECK, Workflow.of(CaseType.HEALTH_CHECK, "OPEN", "CHECKED")
                .closedIn("CHECKED")
                .step("check", Set.of("OPEN"), List.of(OWNER), "CHECKED", Effect.NONE, req(CHECK_DATE),
                        req(CHECK_RESULT), opt(CHECK_FINDINGS))
                .build());
    }

    static Workflow of(CaseType type) {
        return ALL.get(type);
    }

    private static Input req(CaseField field) {
        return new Input(field, true);
    }

    private static Input opt(CaseField field) {
        return new Input(field, false);
    }

    private Workflows() {
    }
}
