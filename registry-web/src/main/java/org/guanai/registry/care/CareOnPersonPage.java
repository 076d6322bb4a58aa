package org.guanai.registry.care;

import static org.guanai.registry.shared.ValueLabels.day;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.PersonPagePart;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.VisitKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A person's page shows their care (fragments/care.html, "onPersonPage"): the 包保 person and the next visit due, the
 * pairings with their contacts (and a form to log one), the child's 派出所备案 and the services received. The lines
 * are put into words here, once, so the page evaluates a value per line rather than an expression per word: this
 * part is on the most opened page of all.
 */
@Component
class CareOnPersonPage implements PersonPagePart {

    /** A choice of a form's select, in words. */
    record Option(String value, String text, boolean selected) {
    }

    /** A pairing as the page shows it; {@code open}: contacts may be logged. */
    record PairingView(long id, String carer, String period, boolean open, List<String> contacts) {
    }

    /** A service received: the activity's page and what it was. */
    record ServiceView(long activityId, String text, String where) {
    }

    private final PersonCare care;
    private final MessageSource messages;

    CareOnPersonPage(PersonCare care, MessageSource messages) {
        this.care = care;
        this.messages = messages;
    }

    @Override
    public void addTo(PersonType type, long personId, SignedInUser user, Model model) {
        PersonCare.View view = care.of(type, personId, user.jurisdiction());
        model.addAttribute("careBase", (type == PersonType.CHILD ? "/children/" : "/elderly/") + personId);
        model.addAttribute("careIsChild", type == PersonType.CHILD);
        Responsibility r = view.responsible();
        if (r != null) {
            model.addAttribute("careResponsible", r.name() + " " + msg("care.responsible.since", day(r.assignedOn())));
            model.addAttribute("careNextVisit", msg(r.overdue() ? "care.visit.overdue" : "care.visit.due",
                    day(r.nextVisitDue())));
            model.addAttribute("careOverdue", r.overdue());
        }
        PoliceFiling filing = view.filing();
        model.addAttribute("careFiling", filing == null ? msg("care.filing.none")
                : filing.station() + " " + day(filing.filedOn()));
        model.addAttribute("carePairings", view.pairings().stream().map(this::pairing).toList());
        model.addAttribute("careServices", view.services().stream().map(s -> new ServiceView(s.activityId(),
                day(s.date()) + " " + msg("value." + s.kind()),
                (s.place() == null ? "" : s.place() + " ") + s.organiser())).toList());
        boolean changes = view.responsibleChoices() != null;
        model.addAttribute("careChanges", changes);
        if (changes) {
            List<Option> choices = new ArrayList<>();
            view.responsibleChoices().forEach(c -> choices.add(new Option(c.value(), c.label() + "（"
                    + msg(c.role() == null ? "care.cadre" : "value." + c.role()) + "）",
                    r != null && r.choice().equals(c.value()))));
            model.addAttribute("careChoices", choices);
            model.addAttribute("careCarers", view.pairingCarers().stream().map(c -> new Option(
                    Long.toString(c.id()), c.name() + "（" + msg("value." + c.role()) + "）", false)).toList());
            model.addAttribute("careContactKinds", Arrays.stream(VisitKind.values())
                    .map(k -> new Option(k.name(), msg("value." + k), k == VisitKind.HOME)).toList());
            model.addAttribute("careVisitor", user.displayName());
        }
    }

    private PairingView pairing(Pairing p) {
        return new PairingView(p.id(), p.carerName() + "（" + msg("value." + p.carerRole()) + "）",
                day(p.startsOn()) + " — " + day(p.endsOn()), p.endsOn() == null,
                p.contacts().stream().map(c -> day(c.date()) + " " + msg("value." + c.kind()) + " " + c.by() + "："
                        + c.note()).toList());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
