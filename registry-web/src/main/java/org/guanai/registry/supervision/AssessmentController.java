package org.guanai.registry.supervision;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.guanai.registry.account.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 考核评比: the year's scores per town and department by the criteria of the county's plan, and the ranking. */
@Controller
class AssessmentController {

    private final Assessments assessments;
    private final Inspections inspections;

    AssessmentController(Assessments assessments, Inspections inspections) {
        this.assessments = assessments;
        this.inspections = inspections;
    }

    @GetMapping("/supervision/assessment")
    String sheet(SignedInUser user, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? inspections.today().getYear() : year;
        model.addAttribute("sheet", assessments.sheet(y, user));
        return "supervision/assessment";
    }

    /** Form fields {@code score|<unit key>|<criterion>}; a blank one removes the score. */
    @PostMapping("/supervision/assessment")
    String record(SignedInUser user, @RequestParam int year, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, Map<String, BigDecimal>> scores = new HashMap<>();
        try {
            form.forEach((k, v) -> {
                if (k.startsWith("score|")) {
                    String[] f = k.split("\\|", 3);
                    scores.computeIfAbsent(f[1], x -> new HashMap<>()).put(f[2],
                            v.isBlank() ? null : new BigDecimal(v.strip()));
                }
            });
            assessments.record(year, scores, user);
            redirect.addFlashAttribute("success", "assessment.saved");
        } catch (SupervisionRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("failure", "assessment.error.score");
        }
        return "redirect:/supervision/assessment?year=" + year;
    }
}
