package org.guanai.registry.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.pattern.PatternService;
import org.guanai.registry.task.TaskService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 督查记录: the county's inspections with their findings, and the follow-ups 通报 / 约谈 / 挂牌督办 / 一票否决. */
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
        model.addAttribute("inspections", inspections.list(user));
        model.addAttribute("followUps", inspections.followUps(user));
        model.addAttribute("today", inspections.today());
        model.addAttribute("tasks", tasks.all(user.jurisdiction().county()));
        model.addAttribute("levels", pattern.matrix(user, null));
        model.addAttribute("findingRows", FINDING_ROWS);
        return "supervision/inspections";
    }

    @PostMapping("/supervision/inspections")
    String record(SignedInUser user, @RequestParam(required = false) Inspections.Kind kind,
            @RequestParam(required = false) String inspectedOn, @RequestParam(required = false) String inspectors,
            @RequestParam(required = false) String units, @RequestParam(required = false) String summary,
            @RequestParam(name = "subject", required = false) List<String> subjects,
            @RequestParam(name = "finding", required = false) List<String> findings, RedirectAttributes redirect) {
        List<Inspections.FindingInput> input = new ArrayList<>();
        for (int i = 0; findings != null && i < findings.size(); i++) {
            input.add(new Inspections.FindingInput(subjects == null || i >= subjects.size() ? null : subjects.get(i),
                    findings.get(i)));
        }
        try {
            long id = inspections.record(kind, date(inspectedOn), inspectors, units, summary, input, user);
            redirect.addFlashAttribute("success", "inspection.saved");
            return "redirect:/supervision/inspections/" + id;
        } catch (SupervisionRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("failure", "inspection.error.date");
        }
        return "redirect:/supervision/inspections";
    }

    @GetMapping("/supervision/inspections/{id:\\d+}")
    String one(SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("inspection", inspections.one(id, user));
        model.addAttribute("today", inspections.today());
        return "supervision/inspection";
    }

    @PostMapping("/supervision/inspections/{id:\\d+}/follow-ups")
    String followUp(SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Inspections.FollowUpKind kind,
            @RequestParam(required = false) String targetUnit, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String dueOn, RedirectAttributes redirect) {
        try {
            inspections.followUp(id, kind, targetUnit, reason, date(dueOn), user);
            redirect.addFlashAttribute("success", "followUp.saved");
        } catch (SupervisionRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("failure", "followUp.error.due");
        }
        return "redirect:/supervision/inspections/" + id;
    }

    @PostMapping("/supervision/follow-ups/{id:\\d+}/close")
    String close(SignedInUser user, @PathVariable long id, @RequestParam long version,
            @RequestParam long inspection, @RequestParam(required = false) String closedOn,
            @RequestParam(required = false) String closure, RedirectAttributes redirect) {
        try {
            inspections.close(id, version, date(closedOn), closure, user);
            redirect.addFlashAttribute("success", "followUp.closed");
        } catch (SupervisionRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("failure", "followUp.error.closedOn");
        }
        return "redirect:/supervision/inspections/" + inspection;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
