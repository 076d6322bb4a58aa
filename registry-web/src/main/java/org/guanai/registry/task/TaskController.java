package org.guanai.registry.task;

import java.time.LocalDate;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.shared.RefusedForms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan's tasks: each unit's part with its status, the unit's own progress reports, tasks the county adds. */
@Controller
class TaskController {

    private final TaskService tasks;

    TaskController(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/tasks")
    String list(SignedInUser user, @RequestParam(required = false) DepartmentType line,
            @RequestParam(required = false) TaskStatus status, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) TaskPhase phase, @RequestParam(required = false) String county,
            @RequestParam(defaultValue = "false") boolean archived, Model model) {
        return listPage(user, new TaskService.TaskFilter(county, line, status, overdue, phase, archived),
                new TaskForm(), model);
    }

    private String listPage(SignedInUser user, TaskService.TaskFilter filter, TaskForm newTask, Model model) {
        model.addAttribute("rows", tasks.rows(filter, user));
        model.addAttribute("archived", filter.archived());
        model.addAttribute("units", Recurrence.Unit.values());
        model.addAttribute("line", filter.line());
        model.addAttribute("status", filter.status());
        model.addAttribute("overdue", filter.overdue());
        model.addAttribute("phase", filter.phase());
        model.addAttribute("lines", DepartmentType.values());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("phases", TaskPhase.values());
        model.addAttribute("newTask", newTask);
        return "task/list";
    }

    @PostMapping("/tasks/{id}/report")
    String report(SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            @RequestParam(required = false) TaskStatus status, @RequestParam(required = false) String note,
            @RequestParam(required = false) String evidence, RedirectAttributes redirect) {
        try {
            tasks.report(id, period, status, note, evidence, user);
            redirect.addFlashAttribute("success", "task.reported");
        } catch (TaskRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/tasks";
    }

    @GetMapping("/tasks/{id}/edit")
    String edit(SignedInUser user, @PathVariable long id, Model model) {
        PlanTask task = tasks.find(id, user);
        return editPage(task, TaskForm.of(task), model);
    }

    /** A refused change shows the form again with what was typed and the reason at its field, so nothing is lost. */
    @PostMapping("/tasks/{id}")
    String change(SignedInUser user, @PathVariable long id, @ModelAttribute("form") TaskForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (RefusedForms.refused(errors, () -> tasks.change(id, form.getVersion(), form.terms(), user), model)) {
            return editPage(tasks.find(id, user), form, model);
        }
        redirect.addFlashAttribute("success", "task.changed");
        return "redirect:/tasks";
    }

    private String editPage(PlanTask task, TaskForm form, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("lines", DepartmentType.values());
        model.addAttribute("phases", TaskPhase.values());
        model.addAttribute("units", Recurrence.Unit.values());
        return "task/edit";
    }

    /** The county office archives a task: kept with its reports, read-only, listed under 已归档. */
    @PostMapping("/tasks/{id}/archive")
    String archive(SignedInUser user, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            tasks.archive(id, version, user);
            redirect.addFlashAttribute("success", "task.archivedDone");
        } catch (TaskRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/tasks";
    }

    /** A refused task comes back in the form below the list as typed, the reason at its field. */
    @PostMapping("/tasks")
    String add(SignedInUser user, @ModelAttribute("newTask") TaskForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (RefusedForms.refused(errors, () -> tasks.add(form.getCode(), form.terms(), user), model)) {
            return listPage(user, new TaskService.TaskFilter(null, null, null, null, null, false), form, model);
        }
        redirect.addFlashAttribute("success", "task.added");
        return "redirect:/tasks";
    }

}
