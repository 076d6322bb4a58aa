package org.guanai.registry.care;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Activities: the list, logging one with its participants (picked by name or pinyin, htmx), an activity's page.
 */
@Controller
class ActivityController {

    private final Activities activities;
    private final CarePlaces places;
    private final Carers carers;
    private final CarePhotos photos;
    private final CareRegions regions;
    private final RegistryProperties properties;
    private final Clock clock;

    ActivityController(Activities activities, CarePlaces places, Carers carers, CarePhotos photos,
            CareRegions regions, RegistryProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.activities = activities;
        this.places = places;
        this.carers = carers;
        this.photos = photos;
        this.regions = regions;
    }

    @GetMapping("/care/activities")
    String list(SignedInUser user, Model model) {
        model.addAttribute("activities", activities.list(user.jurisdiction()));
        model.addAttribute("canEdit", user.jurisdiction().canChangePeople());
        return "care/activities";
    }

    @GetMapping("/care/activities/new")
    String newActivity(SignedInUser user, @RequestParam(required = false) Long place, Model model) {
        ActivityForm form = new ActivityForm();
        form.setRegionCode(CareForms.homeRegion(user));
        form.setPlaceId(place);
        form.setActivityDate(properties.today(clock));
        form.setOrganiser(user.displayName());
        return form(user, form, model);
    }

    @PostMapping("/care/activities")
    String create(SignedInUser user, @Valid @ModelAttribute("activity") ActivityForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return CareForms.saveOrShowAgain(errors, () -> {
            long id = activities.record(form, user.jurisdiction());
            redirect.addFlashAttribute("success", "care.activitySaved");
            return "redirect:/care/activities/" + id;
        }, () -> form(user, form, model));
    }

    @GetMapping("/care/activities/{id}")
    String detail(SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("record", activities.get(id, user.jurisdiction()));
        model.addAttribute("photoIds", photos.of(CarePhotos.Owner.ACTIVITY, id));
        model.addAttribute("canEdit", user.jurisdiction().canChangePeople());
        return "care/activity";
    }

    /** The participant picker's results (htmx): people of the user's region by name or pinyin. */
    @GetMapping("/care/people-search")
    String search(SignedInUser user, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("found", activities.search(q, user.jurisdiction()));
        return "care/people-search :: results";
    }

    private String form(SignedInUser user, ActivityForm form, Model model) {
        model.addAttribute("activity", form);
        model.addAttribute("regions", regions.choices(user.jurisdiction()));
        model.addAttribute("places", places.list(user.jurisdiction()));
        model.addAttribute("carers", carers.list(user.jurisdiction(), true));
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("chosen", chosen(form, user));
        return "care/activity-form";
    }

    /** The participants already picked (a form shown again), with their names, checked against the jurisdiction. */
    private List<Activity.Participant> chosen(ActivityForm form, SignedInUser user) {
        List<Activity.Participant> chosen = new ArrayList<>();
        for (String key : form.getParticipants()) {
            String[] parts = key.split(":");
            try {
                PersonType type = PersonType.valueOf(parts[0]);
                long id = Long.parseLong(parts[1]);
                chosen.add(activities.participant(type, id, user.jurisdiction()));
            } catch (RuntimeException e) {
                // a key that names no one the user sees is dropped, as if never picked
            }
        }
        return chosen;
    }
}
