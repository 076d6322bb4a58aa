package org.guanai.registry.pattern;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.RefusedForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "456" matrix (regions × items with completion) and one region's form. */
@Controller
class PatternController {

    private final PatternService pattern;
    private final RegionService regions;

    PatternController(PatternService pattern, RegionService regions) {
        this.pattern = pattern;
        this.regions = regions;
    }

    @GetMapping("/pattern")
    String matrix(SignedInUser user, @RequestParam(required = false) String county,
            Model model) {
        model.addAttribute("levels", pattern.matrix(user, county));
        return "pattern/matrix";
    }

    @GetMapping("/pattern/{region:\\d{12}}")
    String form(SignedInUser user, @PathVariable String region, Model model) {
        model.addAttribute("region", regions.find(region).orElseThrow(() -> new OutsideJurisdictionException(region)));
        try {
            model.addAttribute("form", pattern.of(RegionCode.of(region), user));
        } catch (PatternRefusedException e) {
            throw new OutsideJurisdictionException(region); // another town's villages answer like missing ones
        }
        return "pattern/form";
    }

    @PostMapping("/pattern/{region:\\d{12}}")
    String save(SignedInUser user, @PathVariable String region,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<Long, Boolean> built = new HashMap<>();
        Map<Long, LocalDate> builtOn = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        try {
            form.forEach((k, v) -> {
                if (k.startsWith("built.")) {
                    built.put(Long.valueOf(k.substring(6)), "true".equals(v));
                } else if (k.startsWith("on.") && !v.isBlank()) {
                    builtOn.put(Long.valueOf(k.substring(3)), LocalDate.parse(v));
                } else if (k.startsWith("note.")) {
                    notes.put(Long.valueOf(k.substring(5)), v);
                }
            });
            pattern.record(RegionCode.of(region), built, builtOn, notes, user);
            redirect.addFlashAttribute("success", "pattern.saved");
            return "redirect:/pattern";
        } catch (PatternRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (DateTimeParseException | NumberFormatException e) {
            redirect.addFlashAttribute("failure", "pattern.error.date");
        }
        return "redirect:/pattern/" + region;
    }

    /** The county office corrects an item of its plan's pattern (wording, lines, time limit, funds). */
    @GetMapping("/pattern/items/{id:\\d+}")
    String item(SignedInUser user, @PathVariable long id, Model model) {
        PatternItem item = pattern.item(id, user);
        return itemPage(item, PatternItemForm.of(item), model);
    }

    /** A refused correction shows the form again as typed, the reason at its field. */
    @PostMapping("/pattern/items/{id:\\d+}")
    String changeItem(SignedInUser user, @PathVariable long id, @ModelAttribute("form") PatternItemForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (RefusedForms.refused(errors, () -> pattern.changeItem(id, form.getVersion(), form.getTitle(),
                form.getLead(), form.responsibleLines(), form.dueDate(), form.funds(), user), model)) {
            return itemPage(pattern.item(id, user), form, model);
        }
        redirect.addFlashAttribute("success", "pattern.saved");
        return "redirect:/pattern";
    }

    private static String itemPage(PatternItem item, PatternItemForm form, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("lines", DepartmentType.values());
        return "pattern/item";
    }
}
