package org.guanai.registry.task;

import java.time.LocalDate;
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

    static TaskForm of(PlanTask task) {
        TaskForm form = new TaskForm();
        form.version = task.getVersion();
        form.title = task.getTitle();
        form.lead = task.getLeadLine();
        form.responsible = new ArrayList<>(task.getResponsibleLines());
        form.startsOn = task.getStartsOn();
        form.dueOn = task.getDueOn();
        form.phase = task.getPhase();
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
