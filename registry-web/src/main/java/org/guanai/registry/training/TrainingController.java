package org.guanai.registry.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.shared.RefusedForms;
import org.guanai.registry.training.TrainingRecords.TrainingRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 培训宣传: training sessions and publicity events of the user's region, and the forms to record them. A refused form
 * is shown again as typed, the reason next to the field at fault.
 */
@Controller
class TrainingController {

    private final TrainingRecords records;

    TrainingController(TrainingRecords records) {
        this.records = records;
    }

    @GetMapping("/training")
    String list(SignedInUser user, Model model) {
        LocalDate today = records.today();
        return page(user, SessionForm.heldOn(today), PublicityForm.heldOn(today), model);
    }

    @PostMapping("/training/sessions")
    String session(SignedInUser user, @ModelAttribute("sessionForm") SessionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (RefusedForms.refused(errors, () -> records.recordSession(date(form.getHeldOn()), form.getTopic(),
                form.getTrainer(), hours(form.getHours()), form.getAttendee(),
                number(form.getOtherAttendees(), "otherAttendees", "training.error.others"), form.getNote(), user),
                model)) {
            return page(user, form, PublicityForm.heldOn(records.today()), model);
        }
        redirect.addFlashAttribute("success", "training.saved");
        return "redirect:/training";
    }

    @PostMapping("/training/publicity")
    String publicity(SignedInUser user, @ModelAttribute("publicityForm") PublicityForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (RefusedForms.refused(errors, () -> records.recordPublicity(date(form.getHeldOn()), kind(form.getKind()),
                form.getPlace(), number(form.getReach(), "reach", "publicity.error.reach"), form.getNote(), user),
                model)) {
            return page(user, SessionForm.heldOn(records.today()), form, model);
        }
        redirect.addFlashAttribute("success", "publicity.saved");
        return "redirect:/training";
    }

    private String page(SignedInUser user, SessionForm session, PublicityForm publicity, Model model) {
        model.addAttribute("sessions", records.sessions(user));
        model.addAttribute("publicity", records.publicity(user));
        boolean mayRecord = user.role() != Role.INSPECTOR;
        model.addAttribute("mayRecord", mayRecord);
        model.addAttribute("candidates", mayRecord ? records.candidates(user) : List.of());
        model.addAttribute("kinds", TrainingRecords.PublicityKind.values());
        model.addAttribute("sessionForm", session);
        model.addAttribute("publicityForm", publicity);
        return "training/list";
    }

    private static LocalDate date(String text) {
        return RefusedForms.parsed(text, LocalDate::parse,
                () -> TrainingRefusedException.ofField("heldOn", "training.error.date"));
    }

    private static BigDecimal hours(String text) {
        return RefusedForms.parsed(text, BigDecimal::new,
                () -> TrainingRefusedException.ofField("hours", "training.error.hours"));
    }

    private static Integer number(String text, String field, String key) {
        return RefusedForms.parsed(text, Integer::valueOf, () -> TrainingRefusedException.ofField(field, key));
    }

    private static TrainingRecords.PublicityKind kind(String text) {
        return RefusedForms.parsed(text, TrainingRecords.PublicityKind::valueOf,
                () -> TrainingRefusedException.ofField("kind", "publicity.error.kind"));
    }
}
