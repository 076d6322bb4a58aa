package org.guanai.registry.report;

import java.util.Arrays;
import java.util.List;

/**
 * The figures of attachment 3 (农村留守儿童关爱保护专项行动情况汇总表), in the form's order. Each is a total when
 * the report is generated (the children of the registry) or a count of case events within its period; the
 * sheet's notes row says which ({@code report.a3.definition.<NAME>}). The verifying line is the department
 * that checks the figure (控辍保学 education; 户籍登记 and 应急处置 the police).
 */
public enum Attachment3Column {
    LEFT_BEHIND_TOTAL(Kind.TOTAL, null),
    UNATTENDED(Kind.TOTAL, null),
    ONE_AWAY_OTHER_INCAPABLE(Kind.TOTAL, null),
    OUT_OF_SCHOOL(Kind.TOTAL, null),
    NO_HUKOU(Kind.TOTAL, null),
    ILL_OR_DISABLED(Kind.TOTAL, null),
    PARENT_RETURNED(Kind.EVENTS, null),
    DELEGATED(Kind.EVENTS, null),
    CONFIRMATIONS_SIGNED(Kind.EVENTS, null),
    MANDATORY_REPORTS(Kind.EVENTS, null),
    EMERGENCIES_HANDLED(Kind.EVENTS, Verifier.POLICE),
    TEMPORARY_CARE_VILLAGE(Kind.EVENTS, Verifier.POLICE),
    TEMPORARY_CARE_RESCUE_STATION(Kind.EVENTS, Verifier.POLICE),
    TEMPORARY_CARE_WELFARE_INSTITUTION(Kind.EVENTS, Verifier.POLICE),
    SOCIAL_ASSISTANCE(Kind.EVENTS, null),
    ADMONISHED(Kind.EVENTS, null),
    GUARDIANSHIP_REVOKED(Kind.EVENTS, null),
    DROPOUTS(Kind.TOTAL, Verifier.EDUCATION),
    RETURNED_TO_SCHOOL(Kind.EVENTS, Verifier.EDUCATION),
    WITHOUT_HUKOU(Kind.TOTAL, Verifier.POLICE),
    HUKOU_REGISTERED(Kind.EVENTS, Verifier.POLICE);

    /** Whether a figure is a state when the report is generated or a count of events within its period. */
    public enum Kind {
        TOTAL, EVENTS
    }

    /** Who verifies a column (县教育局, 县公安局), as the plan's 七（二） says. */
    public enum Verifier {
        EDUCATION, POLICE;

        /** The columns this department verifies. */
        public List<Attachment3Column> columns() {
            return Arrays.stream(Attachment3Column.values()).filter(c -> c.verifier == this).toList();
        }
    }

    private final Kind kind;
    private final Verifier verifier;

    Attachment3Column(Kind kind, Verifier verifier) {
        this.kind = kind;
        this.verifier = verifier;
    }

    public Kind kind() {
        return kind;
    }

    public Verifier verifier() {
        return verifier;
    }
}
