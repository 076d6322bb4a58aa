package org.guanai.registry.care;

import java.util.function.Supplier;
import org.guanai.registry.shared.RefusedForms;

/**
 * The county's visit plan as typed: months between visits for key targets and for the others. Kept as text, so that
 * a field left empty comes back with its reason instead of failing the request.
 */
public class VisitPlanForm {

    private String keyTargetMonths;
    private String otherMonths;

    static VisitPlanForm of(VisitPlan plan) {
        VisitPlanForm form = new VisitPlanForm();
        form.keyTargetMonths = String.valueOf(plan.keyTargetMonths());
        form.otherMonths = String.valueOf(plan.otherMonths());
        return form;
    }

    /** The plan typed; a month that is missing or no whole number is refused at its field. */
    VisitPlan plan() {
        return new VisitPlan(months(keyTargetMonths, "keyTargetMonths"), months(otherMonths, "otherMonths"));
    }

    private static int months(String text, String field) {
        Supplier<RuntimeException> refusal = () -> CareRefusedException.ofField(field, "care.error.planMonths");
        Integer months = RefusedForms.parsed(text, Integer::valueOf, refusal);
        if (months == null) {
            throw refusal.get();
        }
        return months;
    }

    public String getKeyTargetMonths() {
        return keyTargetMonths;
    }

    public void setKeyTargetMonths(String keyTargetMonths) {
        this.keyTargetMonths = keyTargetMonths;
    }

    public String getOtherMonths() {
        return otherMonths;
    }

    public void setOtherMonths(String otherMonths) {
        this.otherMonths = otherMonths;
    }
}
