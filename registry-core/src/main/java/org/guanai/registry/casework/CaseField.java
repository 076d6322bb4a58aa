package org.guanai.registry.casework;

import java.util.List;

/**
 * A value a step records (a date, a choice, a text). Declared once: the form renders it from its kind and
 * options, the service checks it, attachment 3 counts from it. Labels are {@code case.field.<key>} and
 * {@code case.option.<key>.<option>}. Stored by key in a case's facts: add values, never rename keys.
 */
public enum CaseField {
    // 监护落实
    CONTACT_DATE("contactDate", Kind.DATE),
    PARENTS_REACHED("parentsReached", Kind.YES_NO),
    ORDER("order", Kind.OPTION, "RETURN", "DELEGATE"),
    ARRANGEMENT("arrangement", Kind.OPTION, "PARENT_RETURNED", "DELEGATED", "OTHER"),
    VISIT_DATE("visitDate", Kind.DATE),
    FINDINGS("findings", Kind.LONG_TEXT),
    INTERVENTION("intervention", Kind.OPTION, "ADMONISH", "REVOKE_APPLICATION"),
    INTERVENTION_DATE("interventionDate", Kind.DATE),
    // 监护干预的司法环节: 检察建议、督促、支持起诉，法律监督; 法院对撤销监护人资格申请的判决和另行指定的监护人
    PROCURATORIAL_ACTION("procuratorialAction", Kind.OPTION, "SUGGEST", "URGE", "SUPPORT", "SUPERVISE"),
    PROCURATORIAL_DATE("procuratorialDate", Kind.DATE),
    PROCURATORIAL_NOTE("procuratorialNote", Kind.LONG_TEXT),
    RULING("ruling", Kind.OPTION, "GRANTED", "REFUSED"),
    RULING_DATE("rulingDate", Kind.DATE),
    NEW_GUARDIAN_NAME("newGuardianName", Kind.TEXT),
    NEW_GUARDIAN_RELATION("newGuardianRelation", Kind.TEXT),
    // 法律维权: 县司法局's legal aid to a child or an elder
    LEGAL_AID("legalAid", Kind.OPTION, "CONSULTATION", "AID", "REPRESENTATION"),
    LEGAL_AID_DATE("legalAidDate", Kind.DATE),
    LEGAL_AID_NOTE("legalAidNote", Kind.LONG_TEXT),
    // 委托监护: an elder of the registry, or a person typed in
    DELEGATE_ELDER_ID("delegateElderId", Kind.ELDER),
    DELEGATE_NAME("delegateName", Kind.TEXT),
    DELEGATE_ID_NUMBER("delegateIdNumber", Kind.ID_NUMBER),
    DELEGATE_RELATION("delegateRelation", Kind.TEXT),
    DELEGATE_PHONE("delegatePhone", Kind.PHONE),
    DELEGATE_ADDRESS("delegateAddress", Kind.TEXT),
    ASSESS_HEALTH("assessHealth", Kind.OPTION, "GOOD", "FAIR", "POOR"),
    ASSESS_AGE("assessAge", Kind.NUMBER),
    ASSESS_ECONOMY("assessEconomy", Kind.OPTION, "GOOD", "FAIR", "POOR"),
    ASSESS_WILLINGNESS("assessWillingness", Kind.OPTION, "WILLING", "RELUCTANT"),
    ASSESS_RESULT("assessResult", Kind.OPTION, "PASS", "FAIL"),
    ASSESSOR("assessor", Kind.TEXT),
    ASSESS_DATE("assessDate", Kind.DATE),
    ENTRUSTING_PARENT("entrustingParent", Kind.OPTION, "FATHER", "MOTHER", "BOTH"),
    TERM_FROM("termFrom", Kind.DATE),
    TERM_TO("termTo", Kind.DATE),
    PARENT_SIGNED_DATE("parentSignedDate", Kind.DATE),
    DELEGATE_SIGNED_DATE("delegateSignedDate", Kind.DATE),
    END_DATE("endDate", Kind.DATE),
    END_REASON("endReason", Kind.OPTION, "PARENT_RETURNED", "DELEGATE_UNABLE", "CHILD_LEFT", "OTHER"),
    // 临时监护
    ESCORTED_TO("escortedTo", Kind.OPTION, "RELATIVE", "VILLAGE", "RESCUE_STATION", "WELFARE_INSTITUTION"),
    ESCORT_DATE("escortDate", Kind.DATE),
    CARE_PLACE("carePlace", Kind.TEXT),
    PLACED_DATE("placedDate", Kind.DATE),
    CARE_ARRANGEMENT("careArrangement", Kind.OPTION, "INSTITUTION", "FOSTER_FAMILY", "RELATIVE_HOME", "VILLAGE"),
    PARENTS_REACHED_DATE("parentsReachedDate", Kind.DATE),
    HAND_BACK_DATE("handBackDate", Kind.DATE),
    HANDED_TO("handedTo", Kind.TEXT),
    LONG_TERM_ARRANGEMENT("longTermArrangement", Kind.LONG_TEXT),
    // 强制报告
    MEASURES("measures", Kind.LONG_TEXT),
    CONCLUSION("conclusion", Kind.LONG_TEXT),
    // 控辍保学
    VERIFY_METHOD("verifyMethod", Kind.OPTION, "PHONE", "VISIT"),
    VERIFY_DATE("verifyDate", Kind.DATE),
    VERIFY_FINDING("verifyFinding", Kind.LONG_TEXT),
    PERSUASION_DATE("persuasionDate", Kind.DATE),
    PERSUADER("persuader", Kind.TEXT),
    PERSUASION_RESULT("persuasionResult", Kind.LONG_TEXT),
    RETURN_DATE("returnDate", Kind.DATE),
    RETURN_SCHOOLING("returnSchooling", Kind.OPTION, "PRIMARY", "JUNIOR", "SENIOR"),
    SCHOOL_NAME("schoolName", Kind.TEXT),
    GRADE("grade", Kind.TEXT),
    MARKED_IN_STUDENT_SYSTEM("markedInStudentSystem", Kind.YES_NO),
    WRITTEN_REPORT_DATE("writtenReportDate", Kind.DATE),
    // 户籍登记
    DOCUMENTS("documents", Kind.LONG_TEXT),
    ID_NUMBER("idNumber", Kind.ID_NUMBER),
    REGISTERED_DATE("registeredDate", Kind.DATE),
    NON_BIOLOGICAL("nonBiological", Kind.YES_NO),
    DNA_SAMPLED("dnaSampled", Kind.YES_NO),
    // 兜底保障
    REFERRED_TO("referredTo", Kind.OPTIONS, "HUMAN_RESOURCES", "HEALTH", "POVERTY", "DISABLED"),
    MEASURE("measure", Kind.OPTION, "MINIMUM_LIVING", "EXTREME_POVERTY_SUPPORT", "MEDICAL_INSURANCE_AID",
            "CRITICAL_ILLNESS_INSURANCE", "MEDICAL_RELIEF", "TEMPORARY_RELIEF", "REHABILITATION", "DISABILITY_SUBSIDY",
            "OTHER"),
    AMOUNT("amount", Kind.MONEY),
    GRANT_DATE("grantDate", Kind.DATE),
    REVIEW_DATE("reviewDate", Kind.DATE),
    REVIEW_NOTE("reviewNote", Kind.LONG_TEXT),
    // 健康体检
    CHECK_DATE("checkDate", Kind.DATE),
    CHECK_RESULT("checkResult", Kind.OPTION, "NORMAL", "NEEDS_ATTENTION", "NEEDS_TREATMENT"),
    CHECK_FINDINGS("checkFindings", Kind.LONG_TEXT);

    /** How a value is typed, shown and checked. */
    public enum Kind {
        TEXT, LONG_TEXT, DATE, OPTION, OPTIONS, YES_NO, NUMBER, MONEY, ID_NUMBER, PHONE,
        /** The id of an elder of the registry, chosen from those the user may see. */
        ELDER
    }

    private final String key;
    private final Kind kind;
    private final List<String> options;

    CaseField(String key, Kind kind, String... options) {
        this.key = key;
        this.kind = kind;
        this.options = List.of(options);
    }

    /** The field stored under {@code key}, or {@code null}. */
    public static CaseField byKey(String key) {
        for (CaseField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The choices of an OPTION or OPTIONS field; {@code 是/否} of YES_NO are {@code true/false}. */
    public List<String> options() {
        return kind == Kind.YES_NO ? List.of("true", "false") : options;
    }
}
