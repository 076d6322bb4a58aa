package org.guanai.registry.elder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.PossibleDuplicateException;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ExitReason;
import org.guanai.registry.person.PersonRecordActions;
import org.guanai.registry.account.Role;
import org.guanai.registry.casework.NumberDisclosure;
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

/** The elders' roster (留守老人花名册): list, register, view, edit, visit, exit and restore. */
@Controller
@RequestMapping("/elderly")
class ElderController extends PersonRecordActions<Elder> {

    /** Rows of 外出子女 the form offers; blank ones are dropped on save. */
    private static final int CHILDREN_AWAY_ROWS = 3;

    private final ElderService elders;
    private final VisitService visits;
    private final RegionService regions;

    ElderController(ElderService elders, VisitService visits, RegionService regions, OneReadTransaction reads,
            NumberDisclosure disclosure) {
        super(reads, disclosure);
        this.elders = elders;
        this.visits = visits;
        this.regions = regions;
    }

    @Override
    protected PersonRegistry<Elder> registry() {
        return elders;
    }

    @Override
    protected PersonType personType() {
        return PersonType.ELDER;
    }

    @Override
    protected String basePath() {
        return "/elderly";
    }

    @Override
    protected String messagePrefix() {
        return "elder";
    }

    @Override
    protected VisitService.VisitPage visits(long id, String after, Jurisdiction jurisdiction) {
        return visits.ofElder(id, after, jurisdiction);
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal user, @ModelAttribute("filter") ElderFilter filter,
            HttpServletRequest request, Model model) {
        model.addAttribute("page", elders.list(filter, user.jurisdiction()));
        model.addAttribute("regionChoices", regions.choices(user.jurisdiction(), false));
        model.addAttribute("queryWithoutCursor", QueryStrings.without(request, "after"));
        // Column headers sort: the same filters, a new order, from the first page.
        model.addAttribute("sortless", QueryStrings.without(request, "after", "sort"));
        return "elder/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        return formPage(user, model, new ElderDetails(), null, 0);
    }

    @PostMapping
    String register(@AuthenticationPrincipal AccountPrincipal user, @ModelAttribute("elder") ElderDetails details,
            BindingResult errors, @RequestParam(defaultValue = "false") boolean confirmNotDuplicate, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Elder elder = elders.register(details, confirmNotDuplicate, user.jurisdiction());
                redirect.addFlashAttribute("success", "elder.registered");
                return "redirect:/elderly/" + elder.getId();
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
    String detail(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
        reads.run(() -> {
            Elder elder = elders.view(id, user.jurisdiction());
            model.addAttribute("record", elder);
            model.addAttribute("elder", elder.getDetails());
            model.addAttribute("village", regions.find(elder.getVillageCode()).orElse(null));
            model.addAttribute("town", regions.find(elder.getVillageCode().substring(0, 9) + "000").orElse(null));
            model.addAttribute("age", elder.ageOn(elders.today()));
            model.addAttribute("visits", visits.ofElder(id, null, user.jurisdiction()));
            model.addAttribute("history", elders.history(id, user.jurisdiction()));
            model.addAttribute("mayReveal", mayReveal(user, id));
        });
        if (user.role() == Role.COUNTY) {
            model.addAttribute("transferVillages", regions.choices(user.jurisdiction(), true));
        }
        model.addAttribute("exitReasons", ExitReason.values());
        model.addAttribute("today", elders.today());
        if (!model.containsAttribute("visit")) {
            VisitForm visit = new VisitForm();
            visit.setVisitDate(elders.today());
            visit.setVisitor(user.displayName());
            model.addAttribute("visit", visit);
        }
        return "elder/detail";
    }

    /** The form shows every number in full: opening it is audited as a reveal. */
    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
        Elder elder = elders.openForEdit(id, user.jurisdiction());
        return formPage(user, model, elder.getDetails(), elder, elder.getVersion());
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
            @ModelAttribute("elder") ElderDetails details, BindingResult errors, @RequestParam long version,
            Model model, RedirectAttributes redirect) {
        Elder current = elders.get(id, user.jurisdiction());
        if (!errors.hasErrors()) {
            try {
                elders.update(id, version, details, user.jurisdiction());
                redirect.addFlashAttribute("success", "elder.updated");
                return "redirect:/elderly/" + id;
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
    String visit(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
            @Valid @ModelAttribute("visit") VisitForm visit, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(user, id, model);
        }
        visits.recordForElder(id, visit, user.jurisdiction());
        redirect.addFlashAttribute("success", "visit.recorded");
        return "redirect:/elderly/" + id + "#visits";
    }

    private String formPage(AccountPrincipal user, Model model, ElderDetails details, Elder existing, long version) {
        List<ChildAway> rows = new java.util.ArrayList<>(details.getChildrenAway());
        while (rows.size() < CHILDREN_AWAY_ROWS) {
            rows.add(new ChildAway());
        }
        details.setChildrenAway(rows);
        model.addAttribute("elder", details);
        model.addAttribute("record", existing);
        model.addAttribute("version", version);
        model.addAttribute("villages", regions.choices(user.jurisdiction(), true));
        return "elder/form";
    }
}
