package org.guanai.registry.child;

import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.PossibleDuplicateException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.guanai.registry.casework.CaseActors;
import org.guanai.registry.casework.CaseService;
import org.guanai.registry.casework.CaseType;
import org.guanai.registry.account.Role;
import org.guanai.registry.casework.NumberDisclosure;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ExitReason;
import org.guanai.registry.person.PersonRecordActions;
import org.guanai.registry.person.PersonRegistry;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.InvalidPersonException;
import org.guanai.registry.person.LookupLimitException;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.security.AccountPrincipal;
import org.guanai.registry.shared.FieldProblems;
import org.guanai.registry.shared.OneReadTransaction;
import org.guanai.registry.shared.QueryStrings;
import org.guanai.registry.visit.VisitForm;
import org.guanai.registry.visit.VisitService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The children's roster: list, register, view, edit, visit, exit and restore. Every call carries the user's jurisdiction. */
@Controller
@RequestMapping("/children")
class ChildController extends PersonRecordActions<Child> {

    private final ChildService children;
    private final VisitService visits;
    private final RegionService regions;
    private final DelegateCandidates delegateCandidates;
    private final CaseService cases;

    ChildController(ChildService children, VisitService visits, RegionService regions,
            DelegateCandidates delegateCandidates, CaseService cases, OneReadTransaction reads,
            NumberDisclosure disclosure) {
        super(reads, disclosure);
        this.children = children;
        this.visits = visits;
        this.regions = regions;
        this.delegateCandidates = delegateCandidates;
        this.cases = cases;
    }

    @Override
    protected PersonRegistry<Child> registry() {
        return children;
    }

    @Override
    protected PersonType personType() {
        return PersonType.CHILD;
    }

    @Override
    protected String basePath() {
        return "/children";
    }

    @Override
    protected String messagePrefix() {
        return "child";
    }

    @Override
    protected VisitService.VisitPage visits(long id, String after, Jurisdiction jurisdiction) {
        return visits.ofChild(id, after, jurisdiction);
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal user, @ModelAttribute("filter") ChildFilter filter,
            HttpServletRequest request, Model model) {
        model.addAttribute("page", children.list(filter, user.jurisdiction()));
        model.addAttribute("regionChoices", regions.choices(user.jurisdiction(), false));
        model.addAttribute("queryWithoutCursor", QueryStrings.without(request, "after"));
        // Column headers sort: the same filters, a new order, from the first page.
        model.addAttribute("sortless", QueryStrings.without(request, "after", "sort"));
        return "child/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        ChildDetails details = new ChildDetails();
        details.setHasHukou(true);
        details.setHukouType(HukouType.RURAL);
        return formPage(user, model, details, null);
    }

    @PostMapping
    String register(@AuthenticationPrincipal AccountPrincipal user, @ModelAttribute("child") ChildDetails details,
            BindingResult errors, @RequestParam(defaultValue = "false") boolean confirmNotDuplicate, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(user, model, details, null);
        }
        try {
            Child child = children.register(details, confirmNotDuplicate, user.jurisdiction());
            redirect.addFlashAttribute("success", "child.registered");
            return "redirect:/children/" + child.getId();
        } catch (InvalidPersonException e) {
            FieldProblems.addTo(errors, e);
        } catch (PossibleDuplicateException e) {
            model.addAttribute("duplicates", e.matches());
        } catch (LookupLimitException e) {
            errors.reject(e.messageKey());
        }
        return formPage(user, model, details, null);
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
        reads.run(() -> {
            Child child = children.view(id, user.jurisdiction());
            model.addAttribute("record", child);
            model.addAttribute("child", child.getDetails());
            model.addAttribute("village", regions.find(child.getVillageCode()).orElse(null));
            model.addAttribute("town", regions.find(child.getVillageCode().substring(0, 9) + "000").orElse(null));
            model.addAttribute("age", child.ageOn(children.today()));
            model.addAttribute("visits", visits.ofChild(id, null, user.jurisdiction()));
            model.addAttribute("history", children.history(id, user.jurisdiction()));
            var childCases = cases.ofChild(id, CaseActors.of(user));
            model.addAttribute("cases", childCases);
            model.addAttribute("measures", cases.measuresGranted(childCases));
            model.addAttribute("mayReveal", mayReveal(user, id));
        });
        if (user.role() == Role.COUNTY) {
            model.addAttribute("transferVillages", regions.choices(user.jurisdiction(), true));
        }
        model.addAttribute("openableCaseTypes", java.util.Arrays.stream(CaseType.values())
                .filter(t -> t != CaseType.MANDATORY_REPORT).toList());
        model.addAttribute("exitReasons", ExitReason.values());
        model.addAttribute("today", children.today());
        if (!model.containsAttribute("visit")) {
            VisitForm visit = new VisitForm();
            visit.setVisitDate(children.today());
            visit.setVisitor(user.displayName());
            model.addAttribute("visit", visit);
        }
        return "child/detail";
    }

    /** The form shows every number in full: opening it is audited as a reveal. */
    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
        Child child = children.openForEdit(id, user.jurisdiction());
        return formPage(user, model, child.getDetails(), child);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
            @ModelAttribute("child") ChildDetails details, BindingResult errors, @RequestParam long version,
            Model model, RedirectAttributes redirect) {
        Child current = children.get(id, user.jurisdiction());
        if (errors.hasErrors()) {
            return formPage(user, model, details, current, version);
        }
        try {
            children.update(id, version, details, user.jurisdiction());
            redirect.addFlashAttribute("success", "child.updated");
            return "redirect:/children/" + id;
        } catch (InvalidPersonException e) {
            FieldProblems.addTo(errors, e);
        } catch (LookupLimitException e) {
            errors.reject(e.messageKey());
        } catch (ConcurrentEditException e) {
            errors.reject("common.error.concurrentEdit");
            model.addAttribute("concurrentChanges", e.recentChanges());
        }
        return formPage(user, model, details, current, version);
    }

    @PostMapping("/{id}/visits")
    String visit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
            @Valid @ModelAttribute("visit") VisitForm visit, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(user, id, model);
        }
        visits.recordForChild(id, visit, user.jurisdiction());
        redirect.addFlashAttribute("success", "visit.recorded");
        return "redirect:/children/" + id + "#visits";
    }

    private String formPage(AccountPrincipal user, Model model, ChildDetails details, Child existing) {
        return formPage(user, model, details, existing, existing == null ? 0 : existing.getVersion());
    }

    private String formPage(AccountPrincipal user, Model model, ChildDetails details, Child existing, long version) {
        model.addAttribute("child", details);
        model.addAttribute("record", existing);
        model.addAttribute("version", version);
        model.addAttribute("villages", regions.choices(user.jurisdiction(), true));
        model.addAttribute("delegateElders", delegateCandidates.delegateCandidates(user.jurisdiction()));
        return "child/form";
    }
}
