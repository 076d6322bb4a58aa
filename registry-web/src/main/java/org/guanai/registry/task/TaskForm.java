package org.guanai.registry.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.organisation.DepartmentType;
import org.springframework.format.annotation.DateTimeFormat;

/** The county office's edit of a task, as typed; shown again as typed when the change is refused. */
public class TaskForm {

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
    private BigDecimal fundsWan;

    /** What the form says, as the service takes it; a rule that does not read is refused with its own message. */
    TaskTerms terms() {
        try {
            return new TaskTerms(title, lead, responsible == null || responsible.isEmpty()
                    ? EnumSet.noneOf(DepartmentType.class) : EnumSet.copyOf(responsible), startsOn, dueOn,
                    Recurrence.of(every, everyDay), fundsWan, phase);
        } catch (IllegalArgumentException e) {
            throw new TaskRefusedException("task.error.rule");
        }
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

    public BigDecimal getFundsWan() {
        return fundsWan;
    }

    public void setFundsWan(BigDecimal fundsWan) {
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
        form.fundsWan = task.getFundsWan();
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
