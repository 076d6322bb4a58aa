package org.guanai.registry.care;

import jakarta.validation.Valid;
import org.guanai.registry.account.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The carers of the user's villages and towns: the list, grouped by team for volunteers, and the form. */
@Controller
class CarerController {

    private final Carers carers;
    private final CareRegions regions;

    CarerController(Carers carers, CareRegions regions) {
        this.carers = carers;
        this.regions = regions;
    }

    @GetMapping("/care/carers")
    String list(SignedInUser user, Model model) {
        model.addAttribute("carers", carers.list(user.jurisdiction(), false));
        model.addAttribute("canEdit", user.jurisdiction().canChangePeople());
        return "care/carers";
    }

    @GetMapping("/care/carers/new")
    String newCarer(SignedInUser user, Model model) {
        CarerForm form = new CarerForm();
        form.setRegionCode(CareForms.homeRegion(user));
        return form(user, form, null, model);
    }

    @PostMapping("/care/carers")
    String create(SignedInUser user, @Valid @ModelAttribute("carer") CarerForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return CareForms.saveOrShowAgain(errors, () -> {
            carers.create(form, user.jurisdiction());
            redirect.addFlashAttribute("success", "care.saved");
            return "redirect:/care/carers";
        }, () -> form(user, form, null, model));
    }

    @GetMapping("/care/carers/{id}")
    String edit(SignedInUser user, @PathVariable long id, Model model) {
        Carer carer = carers.get(id, user.jurisdiction());
        return form(user, CarerForm.of(carer, carers.usernameOf(carer)), id, model);
    }

    @PostMapping("/care/carers/{id}")
    String update(SignedInUser user, @PathVariable long id, @Valid @ModelAttribute("carer") CarerForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return CareForms.saveOrShowAgain(errors, () -> {
            carers.update(id, form, user.jurisdiction());
            redirect.addFlashAttribute("success", "care.saved");
            return "redirect:/care/carers";
        }, () -> form(user, form, id, model));
    }

    private String form(SignedInUser user, CarerForm form, Long id, Model model) {
        model.addAttribute("carer", form);
        model.addAttribute("carerId", id);
        model.addAttribute("regions", regions.choices(user.jurisdiction()));
        model.addAttribute("roles", CarerRole.values());
        model.addAttribute("canEdit", user.jurisdiction().canChangePeople());
        return "care/carer-form";
    }
}
