package org.guanai.registry.casework;

import java.util.LinkedHashMap;
import java.util.Map;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.RegionChoices;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 强制报告: a school, clinic or village (or any staff) reports a child; a school may also report more than
 * seven days' absence. Reporters then see only the status of what they filed.
 */
@Controller
@RequestMapping("/mandatory-reports")
class MandatoryReportController {

    private final MandatoryReports cases;
    private final RegionService regions;
    private final RegionChoices regionChoices;

    MandatoryReportController(MandatoryReports cases, RegionService regions, RegionChoices regionChoices) {
        this.cases = cases;
        this.regions = regions;
        this.regionChoices = regionChoices;
    }

    @GetMapping("/new")
    String form(SignedInUser user, @RequestParam(defaultValue = "false") boolean absence, Model model) {
        return formPage(user, absence, Map.of(), Map.of(), model);
    }

    @PostMapping
    String file(SignedInUser user, @RequestParam(defaultValue = "false") boolean absence,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            cases.report(new MandatoryReports.ReportForm(form.get("childIdNumber"), form.get("childName"),
                    form.get("placeCode"), form.get("description"), parse(ReportSituation.class, form.get("situation")),
                    parse(ReportSeverity.class, form.get("severity")), absence ? days(form.get("daysAbsent")) : null),
                    user);
            redirect.addFlashAttribute("success", absence ? "report.absenceFiled" : "report.filed");
            return "redirect:/mandatory-reports/mine";
        } catch (CaseInputException e) {
            Map<String, FieldProblem> problems = new LinkedHashMap<>();
            e.problems().forEach(p -> problems.putIfAbsent(p.field(), p));
            model.addAttribute("failure", "case.error.checkFields");
            return formPage(user, absence, form, problems, model);
        } catch (CaseRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:/";
        }
    }

    @GetMapping("/mine")
    String mine(SignedInUser user, Model model) {
        model.addAttribute("reports", cases.filedBy(user));
        return "casework/my-reports";
    }

    private String formPage(SignedInUser user, boolean absence, Map<String, String> values,
            Map<String, FieldProblem> problems, Model model) {
        model.addAttribute("absence", absence);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("situations", ReportSituation.values());
        model.addAttribute("severities", ReportSeverity.values());
        // Reporters see no people, but they must name the village: the place list is every village of the user's
        // county (its organisation's, for a reporting unit). Every village of the region table was a page of 1.2 MB,
        // 14,860 choices of a whole province (docs/performance.md, twentieth session).
        Jurisdiction county = user.countyCode() == null ? Jurisdiction.everything()
                : Jurisdiction.region(RegionCode.of(user.countyCode()));
        Map<String, String> places = new LinkedHashMap<>();
        for (Region village : regionChoices.of(county, true)) {
            String town = RegionCode.of(village.getCode()).ancestorAt(RegionLevel.TOWN).value();
            places.put(village.getCode(), regions.nameOf(town) + " " + village.getName());
        }
        model.addAttribute("places", places);
        return "casework/report-form";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer days(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
