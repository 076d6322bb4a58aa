package org.guanai.registry.casework;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.DelegateCandidates;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.ErrorPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inboxes, case lists, a case with its steps, opening a case from a child's page. */
@Controller
class CaseController {

    private final CaseService cases;
    private final CaseInbox inbox;
    private final PaperPrinting documents;
    private final ErrorPage errorPage;
    private final Clock clock;
    private final RegionService regions;
    private final DelegateCandidates delegates;

    CaseController(CaseService cases, CaseInbox inbox, PaperPrinting documents, ErrorPage errorPage, Clock clock,
            RegionService regions, DelegateCandidates delegates) {
        this.regions = regions;
        this.delegates = delegates;
        this.cases = cases;
        this.inbox = inbox;
        this.documents = documents;
        this.errorPage = errorPage;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    String inbox(SignedInUser user,
            @RequestParam(required = false) String after, Model model) {
        CaseInbox.InboxPage page = inbox.inbox(user, after);
        model.addAttribute("cases", page.cases());
        model.addAttribute("places", places(page.cases()));
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("paged", after != null);
        model.addAttribute("inbox", true);
        model.addAttribute("now", clock.instant());
        return "casework/list";
    }

    @GetMapping("/cases")
    String list(SignedInUser user, @RequestParam(required = false) CaseType type,
            @RequestParam(required = false) Boolean open, @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        List<CaseFile> found = inbox.list(new CaseInbox.CaseFilter(type, open, overdue), user);
        model.addAttribute("cases", found);
        model.addAttribute("places", places(found));
        model.addAttribute("inbox", false);
        model.addAttribute("now", clock.instant());
        model.addAttribute("type", type);
        model.addAttribute("open", open);
        model.addAttribute("overdue", overdue);
        model.addAttribute("types", CaseType.values());
        return "casework/list";
    }

    /** Town and village of each listed case, looked up once per place. */
    private Map<String, String> places(List<CaseFile> found) {
        Map<String, String> names = new HashMap<>();
        for (CaseFile c : found) {
            names.computeIfAbsent(c.getRegionCode(), code -> regions.nameOf(
                    RegionCode.of(code).ancestorAt(RegionLevel.TOWN).value()) + " " + regions.nameOf(code));
        }
        return names;
    }

    @GetMapping("/cases/{id}")
    String detail(SignedInUser user, @PathVariable long id, Model model) {
        CaseService.CaseView view = cases.view(id, user);
        model.addAttribute("view", view);
        model.addAttribute("c", view.file());
        model.addAttribute("fontAvailable", documents.fontAvailable());
        model.addAttribute("fontPath", documents.fontPath());
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
            model.addAttribute("problems", Map.of());
        }
        if (view.steps().stream().anyMatch(s -> s.inputs().stream()
                .anyMatch(i -> i.field() == CaseField.DELEGATE_ELDER_ID))) {
            model.addAttribute("chosenElder", chosenElder(model, user));
        }
        return "casework/detail";
    }

    /** The elder a step's form sent back with its problems keeps being chosen; others are searched for. */
    private DelegateCandidates.Choice chosenElder(Model model, SignedInUser user) {
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) model.getAttribute("values");
        return values == null ? null : CaseService.chosenElderId(values)
                .flatMap(id -> delegates.chosenDelegate(id, user.jurisdiction())).orElse(null);
    }

    @PostMapping("/cases/{id}/steps/{step}")
    String take(SignedInUser user, @PathVariable long id, @PathVariable String step,
            @RequestParam long version, @RequestParam MultiValueMap<String, String> submitted, Model model,
            RedirectAttributes redirect) {
        // Check boxes of one field arrive as several values: one comma-separated value per field.
        Map<String, String> form = new HashMap<>();
        submitted.forEach((k, v) -> form.put(k, String.join(",", v)));
        Map<String, String> values = new HashMap<>(form);
        String note = values.remove("note");
        values.remove("version");
        values.remove("_csrf");
        try {
            cases.take(id, version, step, values, note, user);
            redirect.addFlashAttribute("success", "case.stepTaken");
            return "redirect:/cases/" + id;
        } catch (CaseInputException e) {
            Map<String, FieldProblem> problems = new LinkedHashMap<>();
            e.problems().forEach(p -> problems.putIfAbsent(p.field(), p));
            model.addAttribute("values", form);
            model.addAttribute("problems", problems);
            model.addAttribute("failedStep", step);
            model.addAttribute("failure", "case.error.checkFields");
            return detail(user, id, model);
        } catch (CaseRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("failure", "case.error.concurrent");
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/children/{childId}/cases")
    String open(SignedInUser user, @PathVariable long childId, @RequestParam CaseType type,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return opened(() -> cases.open(type, childId, note, user), "/children/" + childId, redirect);
    }

    @PostMapping("/elderly/{elderId}/cases")
    String openForElder(SignedInUser user, @PathVariable long elderId, @RequestParam CaseType type,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return opened(() -> cases.openForElder(type, elderId, note, user), "/elderly/" + elderId, redirect);
    }

    /** The new case's page, or the person's page with the reason a case was not opened. */
    private static String opened(Supplier<CaseFile> open, String personPage, RedirectAttributes redirect) {
        try {
            CaseFile c = open.get();
            redirect.addFlashAttribute("success", "case.opened");
            return "redirect:/cases/" + c.getId();
        } catch (CaseRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (CaseInputException e) {
            redirect.addFlashAttribute("failure", "case.error.noteTooLong");
        }
        return "redirect:" + personPage;
    }

    /** A refused request that has no form to return to (papers of a case without a delegate …). */
    @ExceptionHandler(CaseRefusedException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(CaseRefusedException e, Model model) {
        return errorPage.render(model, 400, e.messageKey());
    }
}
