package org.guanai.registry.supervision;

import java.time.LocalDate;
import java.util.Map;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.pattern.PatternService;
import org.guanai.registry.shared.RefusedForms;
import org.guanai.registry.task.TaskService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 督查记录: the county's inspections with their findings, and the follow-ups 通报 / 约谈 / 挂牌督办 / 一票否决. A refused
 * inspection or follow-up is shown again as typed, the reason next to the field at fault.
 */
@Controller
class InspectionController {

    /** Finding rows the form offers. */
    static final int FINDING_ROWS = 3;

    private final Inspections inspections;
    private final TaskService tasks;
    private final PatternService pattern;

    InspectionController(Inspections inspections, TaskService tasks, PatternService pattern) {
        this.inspections = inspections;
        this.tasks = tasks;
        this.pattern = pattern;
    }

    @GetMapping("/supervision/inspections")
    String list(SignedInUser user, Model model) {
        return list(user, InspectionForm.inspectedOn(inspections.today()), model);
    }

    @PostMapping("/supervision/inspections")
    String record(SignedInUser user, @ModelAttribute("inspectionForm") InspectionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        long id;
        try {
            id = inspections.record(kind(form.getKind()), date(form.getInspectedOn(), "inspectedOn",
                    "inspection.error.date"), form.getInspectors(), form.getUnits(), form.getSummary(),
                    form.findings(), user);
        } catch (SupervisionRefusedException e) {
            RefusedForms.reject(errors, e, model);
            return list(user, form, model);
        }
        redirect.addFlashAttribute("success", "inspection.saved");
        return "redirect:/supervision/inspections/" + id;
    }

    @GetMapping("/supervision/inspections/{id:\\d+}")
    String one(SignedInUser user, @PathVariable long id, Model model) {
        return one(user, id, new FollowUpForm(), model);
    }

    @PostMapping("/supervision/inspections/{id:\\d+}/follow-ups")
    String followUp(SignedInUser user, @PathVariable long id, @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (RefusedForms.refused(errors, () -> inspections.followUp(id, followUpKind(form.getKind()),
                form.getTargetUnit(), form.getReason(), date(form.getDueOn(), "dueOn", "followUp.error.due"), user),
                model)) {
            return one(user, id, form, model);
        }
        redirect.addFlashAttribute("success", "followUp.saved");
        return "redirect:/supervision/inspections/" + id;
    }

    /**
     * Closing a follow-up: a value refused comes back on its line as typed, the reason at the field; a follow-up
     * changed meanwhile is shown as it now is, with the reason above the page.
     */
    @PostMapping("/supervision/follow-ups/{id:\\d+}/close")
    String close(SignedInUser user, @PathVariable long id, @RequestParam long version,
            @RequestParam long inspection, @RequestParam(required = false) String closedOn,
            @RequestParam(required = false) String closure, Model model, RedirectAttributes redirect) {
        try {
            inspections.close(id, version, date(closedOn, "closedOn", "followUp.error.closedOn"), closure, user);
            redirect.addFlashAttribute("success", "followUp.closed");
        } catch (SupervisionRefusedException e) {
            if (e.field() == null) {
                redirect.addFlashAttribute("failure", e.messageKey());
            } else {
                model.addAttribute("closing", Map.of("followUp", Long.toString(id), "closedOn", text(closedOn),
                        "closure", text(closure), "field", e.field()));
                model.addAttribute("failure", e.messageKey());
                return one(user, inspection, new FollowUpForm(), model);
            }
        }
        return "redirect:/supervision/inspections/" + inspection;
    }

    private String list(SignedInUser user, InspectionForm form, Model model) {
        model.addAttribute("inspections", inspections.list(user));
        model.addAttribute("followUps", inspections.followUps(user));
        model.addAttribute("today", inspections.today());
        model.addAttribute("tasks", tasks.all(user.jurisdiction().county()));
        model.addAttribute("levels", pattern.matrix(user, null));
        model.addAttribute("findingRows", FINDING_ROWS);
        model.addAttribute("inspectionForm", form);
        return "supervision/inspections";
    }

    private String one(SignedInUser user, long id, FollowUpForm form, Model model) {
        model.addAttribute("inspection", inspections.one(id, user));
        model.addAttribute("today", inspections.today());
        model.addAttribute("followUpForm", form);
        return "supervision/inspection";
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }

    private static LocalDate date(String text, String field, String key) {
        return RefusedForms.parsed(text, LocalDate::parse, () -> SupervisionRefusedException.ofField(field, key));
    }

    private static Inspections.Kind kind(String text) {
        return RefusedForms.parsed(text, Inspections.Kind::valueOf,
                () -> SupervisionRefusedException.ofField("kind", "inspection.error.kind"));
    }

    private static Inspections.FollowUpKind followUpKind(String text) {
        return RefusedForms.parsed(text, Inspections.FollowUpKind::valueOf,
                () -> SupervisionRefusedException.ofField("kind", "followUp.error.kind"));
    }
}
