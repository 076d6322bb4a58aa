package org.guanai.registry.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.shared.RefusedForms;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A task the county office adds or edits, as typed; shown again as typed, the reason at the field, when refused. The
 * funds are kept as typed text, so that 5万 comes back beside its reason instead of failing the request.
 */
public class TaskForm {

    /** The new task's item number (条目); a task's number stays when it is edited. */
    private String code;
    private long version;
    private String title;
    private DepartmentType lead;
    private List<DepartmentType> responsible = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private TaskPhase phase;
    /** The rule's unit (YEAR, QUARTER, MONTH), blank for a task with one date; and its day (12-15, 20 …). */
    private String every;
    private String everyDay;
    private String fundsWan;

    /** What the form says, as the service takes it; a rule or a sum that does not read is refused at its field. */
    TaskTerms terms() {
        BigDecimal funds = RefusedForms.parsed(fundsWan, BigDecimal::new,
                () -> TaskRefusedException.ofField("fundsWan", "task.error.funds"));
        Optional<Recurrence> rule;
        try {
            rule = Recurrence.of(every, everyDay);
        } catch (IllegalArgumentException e) {
            throw TaskRefusedException.ofField("everyDay", "task.error.rule");
        }
        return new TaskTerms(title, lead, responsible == null || responsible.isEmpty()
                ? EnumSet.noneOf(DepartmentType.class) : EnumSet.copyOf(responsible), startsOn, dueOn, rule, funds,
                phase);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEvery() {
        return every;
    }

    public void setEvery(String every) {
        this.every = every;
    }

    public String getEveryDay() {
        return everyDay;
    }

    public void setEveryDay(String everyDay) {
        this.everyDay = everyDay;
    }

    public String getFundsWan() {
        return fundsWan;
    }

    public void setFundsWan(String fundsWan) {
        this.fundsWan = fundsWan;
    }

    static TaskForm of(PlanTask task) {
        TaskForm form = new TaskForm();
        form.version = task.getVersion();
        form.title = task.getTitle();
        form.lead = task.getLeadLine();
        form.responsible = new ArrayList<>(task.getResponsibleLines());
        form.startsOn = task.getStartsOn();
        form.dueOn = task.getDueOn();
        form.phase = task.getPhase();
        form.every = task.getRecurrence().map(r -> r.unit().name()).orElse(null);
        form.everyDay = task.getRecurrence().map(Recurrence::dayText).orElse(null);
        form.fundsWan = task.getFundsWan() == null ? null : task.getFundsWan().toPlainString();
        return form;
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

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public TaskPhase getPhase() {
        return phase;
    }

    public void setPhase(TaskPhase phase) {
        this.phase = phase;
    }
}
