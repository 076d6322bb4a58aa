package org.guanai.registry.supervision;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.supervision.Assessments.ScoresRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 考核评比: the year's scores per town and department by the criteria of the county's plan, and the ranking. Scores
 * refused are shown again as typed, every cell at fault marked, none of them saved.
 */
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
    String record(SignedInUser user, @RequestParam int year, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = new HashMap<>();
        Map<String, Map<String, BigDecimal>> scores = new HashMap<>();
        Set<String> unreadable = new TreeSet<>();
        form.forEach((k, v) -> {
            String[] f = k.split("\\|", 3);
            if (f.length == 3 && f[0].equals("score")) {
                typed.put(k, v);
                try {
                    scores.computeIfAbsent(f[1], x -> new HashMap<>()).put(f[2],
                            v.isBlank() ? null : new BigDecimal(v.strip()));
                } catch (NumberFormatException e) {
                    unreadable.add(k);
                }
            }
        });
        try {
            if (!unreadable.isEmpty()) {
                throw new ScoresRefusedException(unreadable);
            }
            assessments.record(year, scores, user);
        } catch (ScoresRefusedException e) {
            model.addAttribute("sheet", assessments.sheet(year, user));
            model.addAttribute("typed", typed);
            model.addAttribute("refusedCells", e.cells());
            model.addAttribute("failure", e.messageKey());
            return "supervision/assessment";
        } catch (SupervisionRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:/supervision/assessment?year=" + year;
        }
        redirect.addFlashAttribute("success", "assessment.saved");
        return "redirect:/supervision/assessment?year=" + year;
    }
}
