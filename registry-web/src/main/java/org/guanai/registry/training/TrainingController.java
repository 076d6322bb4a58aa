package org.guanai.registry.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
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
        try {
            records.recordSession(date(form.getHeldOn()), form.getTopic(), form.getTrainer(), hours(form.getHours()),
                    form.getAttendee(), number(form.getOtherAttendees(), "otherAttendees", "training.error.others"),
                    form.getNote(), user);
        } catch (TrainingRefusedException e) {
            refused(e, errors, model);
            return page(user, form, PublicityForm.heldOn(records.today()), model);
        }
        redirect.addFlashAttribute("success", "training.saved");
        return "redirect:/training";
    }

    @PostMapping("/training/publicity")
    String publicity(SignedInUser user, @ModelAttribute("publicityForm") PublicityForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        try {
            records.recordPublicity(date(form.getHeldOn()), kind(form.getKind()), form.getPlace(),
                    number(form.getReach(), "reach", "publicity.error.reach"), form.getNote(), user);
        } catch (TrainingRefusedException e) {
            refused(e, errors, model);
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

    /** The reason next to its field, and above the page: the forms sit below the lists. */
    private static void refused(TrainingRefusedException e, BindingResult errors, Model model) {
        if (e.field() != null) {
            errors.rejectValue(e.field(), e.messageKey());
        } else {
            errors.reject(e.messageKey());
        }
        model.addAttribute("failure", e.messageKey());
    }

    private static LocalDate date(String text) {
        return parsed(text, () -> LocalDate.parse(text.strip()), "heldOn", "training.error.date");
    }

    private static BigDecimal hours(String text) {
        return parsed(text, () -> new BigDecimal(text.strip()), "hours", "training.error.hours");
    }

    private static Integer number(String text, String field, String key) {
        return parsed(text, () -> Integer.valueOf(text.strip()), field, key);
    }

    private static TrainingRecords.PublicityKind kind(String text) {
        return parsed(text, () -> TrainingRecords.PublicityKind.valueOf(text.strip()), "kind", "publicity.error.kind");
    }

    /** Blank is null (the rules say whether it may be); text that does not parse is refused as the field's value. */
    private static <T> T parsed(String text, Supplier<T> parse, String field, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.get();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw TrainingRefusedException.ofField(field, key);
        }
    }
}
