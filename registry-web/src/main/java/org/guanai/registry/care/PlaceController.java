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

/** 儿童之家, 四点半学堂 … of the user's villages and towns: the list (cards on a phone), a place's page, its form. */
@Controller
class PlaceController {

    private final CarePlaces places;
    private final CarePhotos photos;
    private final CareRegions regions;

    PlaceController(CarePlaces places, CarePhotos photos, CareRegions regions) {
        this.places = places;
        this.photos = photos;
        this.regions = regions;
    }

    @GetMapping("/care/places")
    String list(SignedInUser user, Model model) {
        model.addAttribute("places", places.list(user.jurisdiction()));
        return "care/places";
    }

    @GetMapping("/care/places/new")
    String newPlace(SignedInUser user, Model model) {
        PlaceForm form = new PlaceForm();
        form.setRegionCode(CareForms.homeRegion(user));
        return form(user, form, null, model);
    }

    @PostMapping("/care/places")
    String create(SignedInUser user, @Valid @ModelAttribute("place") PlaceForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return CareForms.saveOrShowAgain(errors, () -> {
            long id = places.create(form, user.jurisdiction());
            redirect.addFlashAttribute("success", "care.saved");
            return "redirect:/care/places/" + id;
        }, () -> form(user, form, null, model));
    }

    @GetMapping("/care/places/{id}")
    String detail(SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("record", places.get(id, user.jurisdiction()));
        model.addAttribute("photoIds", photos.of(CarePhotos.Owner.PLACE, id));
        model.addAttribute("canEdit", user.jurisdiction().canChangePeople());
        return "care/place";
    }

    @GetMapping("/care/places/{id}/edit")
    String edit(SignedInUser user, @PathVariable long id, Model model) {
        CarePlace place = places.openForEdit(id, user.jurisdiction());
        return form(user, PlaceForm.of(place), id, model);
    }

    @PostMapping("/care/places/{id}")
    String update(SignedInUser user, @PathVariable long id, @Valid @ModelAttribute("place") PlaceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return CareForms.saveOrShowAgain(errors, () -> {
            places.update(id, form, user.jurisdiction());
            redirect.addFlashAttribute("success", "care.saved");
            return "redirect:/care/places/" + id;
        }, () -> form(user, form, id, model));
    }

    private String form(SignedInUser user, PlaceForm form, Long id, Model model) {
        model.addAttribute("place", form);
        model.addAttribute("placeId", id);
        model.addAttribute("regions", regions.choices(user.jurisdiction()));
        model.addAttribute("kinds", PlaceKind.values());
        model.addAttribute("statuses", PlaceStatus.values());
        return "care/place-form";
    }
}
