package org.guanai.registry.person;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.jurisdiction.RegionChoices;
import org.guanai.registry.person.HistoryService.HistoryPage;
import org.guanai.registry.person.VisitService.VisitPage;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.OneReadTransaction;
import org.guanai.registry.shared.QueryStrings;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A roster of people under the subclass's path, children's or elders' alike: the list, the form to register and to
 * edit (bound as {@code details}), the person's page, a visit; the actions the page offers: reveal the numbers
 * (audited), transfer to another town (the county office), exit with a reason, restore; and the pages of the person's
 * visits and history ({@code person/pages}, the person's own page shows the latest of each; decision 019). Every call
 * carries the user's jurisdiction. Each kind adds what its pages show besides.
 */
public abstract class PersonRecordActions<P extends PersonRecord<D>, D extends PersonDetails, F extends PersonFilter,
        R extends PersonRow> {

    private final PersonRegistry<P, D, F, R> registry;
    /** A person's page and its pages of visits and history read their parts in one transaction. */
    private final OneReadTransaction reads;
    /** Whose numbers the user may see in full (the reveal asks first). */
    private final FullNumbers disclosure;
    private final RegionService regions;
    private final RegionChoices regionChoices;
    private final VisitService visits;
    private final List<PersonPagePart> pageParts;
    private final String basePath;
    private final String kind;

    /**
     * {@code basePath}: the list's path, e.g. {@code /children}; {@code kind}: the kind's name in views and messages,
     * e.g. {@code child} — the folder of its templates ({@code child/list}), the prefix of its flash messages
     * ({@code child.exited}) and the name of the details on its page.
     */
    protected PersonRecordActions(PersonPages pages, PersonRegistry<P, D, F, R> registry, String basePath,
            String kind) {
        this.registry = registry;
        this.basePath = basePath;
        this.kind = kind;
        this.reads = pages.reads();
        this.disclosure = pages.disclosure();
        this.regions = pages.regions();
        this.regionChoices = pages.regionChoices();
        this.visits = pages.visits();
        this.pageParts = pages.parts();
    }

    /** The details a new form starts from. */
    protected abstract D newDetails();

    /** What the kind's form needs besides the details (choices, blank rows to fill). */
    protected abstract void formExtras(SignedInUser user, Model model, D details);

    /** A row of the list as its page shows it ({@code lines}; {@link RosterLine}). */
    protected abstract RosterLine line(R row);

    @GetMapping
    String list(SignedInUser user, @ModelAttribute("filter") F filter,
            HttpServletRequest request, Model model) {
        PersonPage<R> page = registry.list(filter, user.jurisdiction());
        model.addAttribute("page", page);
        model.addAttribute("lines", page.rows().stream().map(this::line).toList());
        model.addAttribute("regionChoices", regionChoices.of(user.jurisdiction(), false));
        model.addAttribute("queryWithoutCursor", QueryStrings.without(request, "after"));
        // Column headers sort: the same filters, a new order, from the first page.
        model.addAttribute("sortless", QueryStrings.without(request, "after", "sort"));
        return kind + "/list";
    }

    @GetMapping("/new")
    String newForm(SignedInUser user, Model model) {
        return formPage(user, model, newDetails(), null, 0);
    }

    @PostMapping
    String register(SignedInUser user, @ModelAttribute("details") D details,
            BindingResult errors, @RequestParam(defaultValue = "false") boolean confirmNotDuplicate, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                P person = registry.register(details, confirmNotDuplicate, user.jurisdiction());
                redirect.addFlashAttribute("success", kind + ".registered");
                return "redirect:" + basePath + "/" + person.getId();
            } catch (InvalidPersonException e) {
                FieldProblems.addTo(errors, e);
            } catch (PossibleDuplicateException e) {
                model.addAttribute("duplicates", e.matches());
            } catch (LookupLimitException e) {
                errors.reject(e.messageKey());
            }
        }
        return formPage(user, model, details, null, 0);
    }

    @GetMapping("/{id}")
    String detail(SignedInUser user, @PathVariable long id, Model model) {
        reads.run(() -> {
            P person = registry.view(id, user.jurisdiction());
            model.addAttribute("record", person);
            model.addAttribute(kind, person.getDetails());
            model.addAttribute("village", regions.find(person.getVillageCode()).orElse(null));
            model.addAttribute("town", regions.find(person.getVillageCode().substring(0, 9) + "000").orElse(null));
            model.addAttribute("age", person.ageOn(registry.today()));
            model.addAttribute("visits", visits.of(registry, id, null, user.jurisdiction()));
            model.addAttribute("history", registry.history(id, user.jurisdiction()));
            model.addAttribute("mayReveal", mayReveal(user, id));
            pageParts.forEach(part -> part.addTo(registry.type(), id, user, model));
        });
        if (user.role() == Role.COUNTY) {
            model.addAttribute("transferVillages", regionChoices.of(user.jurisdiction(), true));
        }
        model.addAttribute("exitReasons", ExitReason.values());
        model.addAttribute("today", registry.today());
        if (!model.containsAttribute("visit")) {
            VisitForm visit = new VisitForm();
            visit.setVisitDate(registry.today());
            visit.setVisitor(user.displayName());
            model.addAttribute("visit", visit);
        }
        return kind + "/detail";
    }

    /** The form shows every number in full: opening it is audited as a reveal. */
    @GetMapping("/{id}/edit")
    String edit(SignedInUser user, @PathVariable long id, Model model) {
        P person = registry.openForEdit(id, user.jurisdiction());
        return formPage(user, model, person.getDetails(), person, person.getVersion());
    }

    @PostMapping("/{id}")
    String update(SignedInUser user, @PathVariable long id,
            @ModelAttribute("details") D details, BindingResult errors, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        P current = registry.get(id, user.jurisdiction());
        if (!errors.hasErrors()) {
            try {
                registry.update(id, version, details, user.jurisdiction());
                redirect.addFlashAttribute("success", kind + ".updated");
                return "redirect:" + basePath + "/" + id;
            } catch (InvalidPersonException e) {
                FieldProblems.addTo(errors, e);
            } catch (LookupLimitException e) {
                errors.reject(e.messageKey());
            } catch (ConcurrentEditException e) {
                errors.reject("common.error.concurrentEdit");
                model.addAttribute("concurrentChanges", e.recentChanges());
            }
        }
        return formPage(user, model, details, current, version);
    }

    @PostMapping("/{id}/visits")
    String visit(SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("visit") VisitForm visit, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(user, id, model);
        }
        visits.record(registry, id, visit, user.jurisdiction());
        redirect.addFlashAttribute("success", "visit.recorded");
        return "redirect:" + basePath + "/" + id + "#visits";
    }

    private String formPage(SignedInUser user, Model model, D details, P existing, long version) {
        formExtras(user, model, details);
        model.addAttribute("details", details);
        model.addAttribute("record", existing);
        model.addAttribute("version", version);
        model.addAttribute("villages", regionChoices.of(user.jurisdiction(), true));
        return kind + "/form";
    }

    @GetMapping("/{id}/history")
    String historyPage(SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String after, Model model) {
        reads.run(() -> {
            HistoryPage page = registry.history(id, after, user.jurisdiction());
            model.addAttribute("history", page);
            pageParts.forEach(part -> part.addToHistory(registry.type(), id, user, model));
            pages(model, "history", id, "/history", page.nextCursor(), after, user);
        });
        return "person/pages";
    }

    @GetMapping("/{id}/visits")
    String visitsPage(SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String after, Model model) {
        reads.run(() -> {
            VisitPage page = visits.of(registry, id, after, user.jurisdiction());
            model.addAttribute("visits", page);
            pages(model, "visit", id, "/visits", page.nextCursor(), after, user);
        });
        return "person/pages";
    }

    private void pages(Model model, String what, long id, String subPath, String nextCursor, String after,
            SignedInUser user) {
        String personPage = basePath + "/" + id;
        model.addAttribute("what", what);
        model.addAttribute("personName", registry.get(id, user.jurisdiction()).getName());
        model.addAttribute("personPage", personPage);
        model.addAttribute("pagesUrl", personPage + subPath);
        model.addAttribute("nextCursor", nextCursor);
        model.addAttribute("paged", after != null);
    }

    /** True when the person's page may offer "显示完整号码" to the user. */
    private boolean mayReveal(SignedInUser user, long id) {
        return disclosure.allowsFullNumbers(registry.type(), id, user);
    }

    /** The person's numbers in full, for a role that may see them (audited); 403 for the others. */
    @PostMapping("/{id}/reveal")
    String reveal(SignedInUser user, @PathVariable long id, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        disclosure.requireFullNumbers(registry.type(), id, user);
        List<RevealedNumber> numbers = registry.revealNumbers(id, user.jurisdiction());
        if ("true".equals(request.getHeader("HX-Request"))) {
            model.addAttribute("numbers", numbers);
            return "person/fragments :: numbers";
        }
        redirect.addFlashAttribute("revealedNumbers", numbers);
        return "redirect:" + basePath + "/" + id;
    }

    /** The county office moves the person to a village of another town (both towns see it; see PersonRegistry). */
    @PostMapping("/{id}/transfer")
    String transfer(SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String villageCode, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            registry.transfer(id, villageCode, note, user.jurisdiction());
            redirect.addFlashAttribute("success", "person.transferred");
        } catch (InvalidPersonException e) {
            redirect.addFlashAttribute("failure", e.problems().get(0).messageKey());
        }
        return "redirect:" + basePath + "/" + id;
    }

    @PostMapping("/{id}/exit")
    String exit(SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) ExitReason reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            registry.exit(id, reason, date, note, user.jurisdiction());
            redirect.addFlashAttribute("success", kind + ".exited");
        } catch (InvalidPersonException e) {
            redirect.addFlashAttribute("failure", "person.error.exitReason");
        }
        return "redirect:" + basePath + "/" + id;
    }

    @PostMapping("/{id}/restore")
    String restore(SignedInUser user, @PathVariable long id,
            RedirectAttributes redirect) {
        registry.restore(id, user.jurisdiction());
        redirect.addFlashAttribute("success", kind + ".restored");
        return "redirect:" + basePath + "/" + id;
    }
}
