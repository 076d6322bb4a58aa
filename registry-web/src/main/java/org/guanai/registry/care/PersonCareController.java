package org.guanai.registry.care;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.VisitForm;
import org.springframework.context.MessageSource;
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

    /** The fields of a pairing's contact form. */
    private static final List<String> CONTACT_FIELDS = List.of("visitDate", "kind", "visitor", "findings");

    private final Responsibilities responsibilities;
    private final Pairings pairings;
    private final MessageSource messages;

    PersonCareController(Responsibilities responsibilities, Pairings pairings, MessageSource messages) {
        this.responsibilities = responsibilities;
        this.pairings = pairings;
        this.messages = messages;
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

    /**
     * A contact the form's checks refuse comes back on the person's page as typed, each reason at its field (carried
     * to the page as text: a session keeps only JDK types, decision 017).
     */
    @PostMapping("/care/pairings/{id}/contacts")
    String contact(SignedInUser user, @PathVariable long id, @Valid VisitForm form, BindingResult errors,
            Locale locale, RedirectAttributes redirect) {
        Pairing pairing = pairings.get(id, user.jurisdiction());
        if (errors.hasErrors()) {
            HashMap<String, String> typed = new HashMap<>();
            typed.put("pairing", Long.toString(id));
            for (String field : CONTACT_FIELDS) {
                Object value = errors.getFieldValue(field);
                typed.put(field, value == null ? "" : value.toString());
            }
            HashMap<String, String> reasons = new HashMap<>();
            errors.getFieldErrors().forEach(e -> reasons.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
            redirect.addFlashAttribute("contactTyped", typed);
            redirect.addFlashAttribute("contactReasons", reasons);
            redirect.addFlashAttribute("failure", "care.error.contact");
            return redirectTo(pairing.personType(), pairing.personId()) + "#pairing-" + id;
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
