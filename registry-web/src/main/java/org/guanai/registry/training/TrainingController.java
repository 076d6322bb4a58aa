package org.guanai.registry.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 培训宣传: training sessions and publicity events of the user's region, and the forms to record them. */
@Controller
class TrainingController {

    private final TrainingRecords records;

    TrainingController(TrainingRecords records) {
        this.records = records;
    }

    @GetMapping("/training")
    String list(SignedInUser user, Model model) {
        model.addAttribute("sessions", records.sessions(user));
        model.addAttribute("publicity", records.publicity(user));
        boolean records = user.role() != Role.INSPECTOR;
        model.addAttribute("mayRecord", records);
        model.addAttribute("candidates", records ? this.records.candidates(user) : List.of());
        model.addAttribute("today", this.records.today());
        model.addAttribute("kinds", TrainingRecords.PublicityKind.values());
        return "training/list";
    }

    @PostMapping("/training/sessions")
    String session(SignedInUser user, @RequestParam(required = false) String heldOn,
            @RequestParam(required = false) String topic, @RequestParam(required = false) String trainer,
            @RequestParam(required = false) String hours,
            @RequestParam(name = "attendee", required = false) List<String> attendees,
            @RequestParam(required = false) Integer otherAttendees, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            records.recordSession(date(heldOn), topic, trainer, hours == null || hours.isBlank() ? null
                    : new BigDecimal(hours.strip()), attendees, otherAttendees, note, user);
            redirect.addFlashAttribute("success", "training.saved");
        } catch (TrainingRecords.TrainingRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("failure", "training.error.date");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("failure", "training.error.hours");
        }
        return "redirect:/training";
    }

    @PostMapping("/training/publicity")
    String publicity(SignedInUser user, @RequestParam(required = false) String heldOn,
            @RequestParam(required = false) TrainingRecords.PublicityKind kind,
            @RequestParam(required = false) String place, @RequestParam(required = false) Integer reach,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            records.recordPublicity(date(heldOn), kind, place, reach, note, user);
            redirect.addFlashAttribute("success", "publicity.saved");
        } catch (TrainingRecords.TrainingRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("failure", "training.error.date");
        }
        return "redirect:/training";
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
