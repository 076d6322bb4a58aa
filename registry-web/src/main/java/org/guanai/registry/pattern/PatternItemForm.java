package org.guanai.registry.pattern;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.shared.RefusedForms;

/**
 * The county office's correction of a "456" item, as typed; shown again as typed, the reason at the field, when
 * refused. The date and the funds are kept as typed text, so that 5万 comes back beside its reason.
 */
public class PatternItemForm {

    private long version;
    private String title;
    private DepartmentType lead;
    private List<DepartmentType> responsible = new ArrayList<>();
    private String dueOn;
    private String fundsWan;

    static PatternItemForm of(PatternItem item) {
        PatternItemForm form = new PatternItemForm();
        form.version = item.getVersion();
        form.title = item.getTitle();
        form.lead = item.getLeadLine();
        form.responsible = new ArrayList<>(item.responsible());
        form.dueOn = item.getDueOn() == null ? null : item.getDueOn().toString();
        form.fundsWan = item.getFundsWan() == null ? null : item.getFundsWan().toPlainString();
        return form;
    }

    Set<DepartmentType> responsibleLines() {
        return responsible.isEmpty() ? EnumSet.noneOf(DepartmentType.class) : EnumSet.copyOf(responsible);
    }

    LocalDate dueDate() {
        return RefusedForms.parsed(dueOn, LocalDate::parse,
                () -> PatternRefusedException.ofField("dueOn", "pattern.error.date"));
    }

    BigDecimal funds() {
        return RefusedForms.parsed(fundsWan, BigDecimal::new,
                () -> PatternRefusedException.ofField("fundsWan", "pattern.error.funds"));
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DepartmentType getLead() {
        return lead;
    }

    public void setLead(DepartmentType lead) {
        this.lead = lead;
    }

    public List<DepartmentType> getResponsible() {
        return responsible;
    }

    public void setResponsible(List<DepartmentType> responsible) {
        this.responsible = responsible == null ? new ArrayList<>() : responsible;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }

    public String getFundsWan() {
        return fundsWan;
    }

    public void setFundsWan(String fundsWan) {
        this.fundsWan = fundsWan;
    }
}
