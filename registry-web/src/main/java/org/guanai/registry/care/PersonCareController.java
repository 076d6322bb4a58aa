package org.guanai.registry.care;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.VisitForm;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The care steps on a person's page: the 包保 person, a pairing and its contacts, the child's 派出所备案. Each answers
 * with the person's page (a refusal as the page's failure note).
 */
@Controller
class PersonCareController {

    private final Responsibilities responsibilities;
    private final Pairings pairings;

    PersonCareController(Responsibilities responsibilities, Pairings pairings) {
        this.responsibilities = responsibilities;
        this.pairings = pairings;
    }

    @PostMapping("/{people:children|elderly}/{id}/responsible")
    String assign(SignedInUser user, @PathVariable String people, @PathVariable long id,
            @RequestParam(required = false) String responsible, RedirectAttributes redirect) {
        PersonType type = typeOf(people);
        return done(() -> responsibilities.assign(type, id, responsible, user.jurisdiction()), type, id, redirect);
    }

    @PostMapping("/{people:children|elderly}/{id}/pairings")
    String pair(SignedInUser user, @PathVariable String people, @PathVariable long id,
            @RequestParam(required = false) Long carer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            RedirectAttributes redirect) {
        PersonType type = typeOf(people);
        return done(() -> {
            if (carer == null) {
                throw new CareRefusedException("care.error.carerNotServing");
            }
            pairings.pair(type, id, carer, startsOn, user.jurisdiction());
        }, type, id, redirect);
    }

    @PostMapping("/children/{id}/police-filing")
    String file(SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
            @RequestParam(required = false) String station, RedirectAttributes redirect) {
        return done(() -> responsibilities.file(id, filedOn, station, user.jurisdiction()), PersonType.CHILD, id,
                redirect);
    }

    @PostMapping("/care/pairings/{id}/contacts")
    String contact(SignedInUser user, @PathVariable long id, @Valid VisitForm form, BindingResult errors,
            RedirectAttributes redirect) {
        Pairing pairing = pairings.get(id, user.jurisdiction());
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", "care.error.contact");
            return redirectTo(pairing.personType(), pairing.personId()) + "#care";
        }
        return done(() -> pairings.contact(id, form, user.jurisdiction()), pairing.personType(), pairing.personId(),
                redirect);
    }

    @PostMapping("/care/pairings/{id}/end")
    String end(SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            RedirectAttributes redirect) {
        Pairing pairing = pairings.get(id, user.jurisdiction());
        return done(() -> pairings.end(id, endsOn, user.jurisdiction()), pairing.personType(), pairing.personId(),
                redirect);
    }

    private static String done(Runnable step, PersonType type, long id, RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute("success", "care.saved");
        } catch (CareRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return redirectTo(type, id) + "#care";
    }

    private static String redirectTo(PersonType type, long id) {
        return "redirect:" + (type == PersonType.CHILD ? "/children/" : "/elderly/") + id;
    }

    private static PersonType typeOf(String people) {
        return "elderly".equals(people) ? PersonType.ELDER : PersonType.CHILD;
    }
}
