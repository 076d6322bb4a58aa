package org.guanai.registry.account;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.guanai.registry.organisation.AdministeredCounty;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.RefusedForms;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of accounts: list, create, edit, disable and enable, reset a password or a lost second factor,
 * unlock.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    /** Accounts a list page shows; a prefecture's installation has thousands. */
    static final int PAGE_SIZE = 50;

    private final AccountService accounts;
    private final SecondFactorService secondFactors;
    private final RegionService regions;
    private final OrganisationService organisations;
    private final AdministeredCounty administered;

    AccountAdminController(AccountService accounts, SecondFactorService secondFactors, RegionService regions,
            OrganisationService organisations, AdministeredCounty administered) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.regions = regions;
        this.organisations = organisations;
        this.administered = administered;
    }

    /**
     * The form page, with the choices of role, region and organisation it offers: those of one county, the one
     * {@code county} names, else the one the form's scope lies in (decision 051).
     */
    private String formPage(Model model, String county) {
        AccountAdminForm form = (AccountAdminForm) model.getAttribute("form");
        model.addAttribute("roles", Role.values());
        addScopeChoices(model, county != null ? county
                : administered.countyOf(form.getScopeRegionCode(), form.getScopeOrganisationId()));
        return "admin/account-form";
    }

    /** The region and unit choices of another county, when the form's county choice changes (htmx). */
    @GetMapping("/scope-choices")
    String scopeChoices(@RequestParam(required = false) String county, Model model) {
        model.addAttribute("form", new AccountAdminForm());
        addScopeChoices(model, county);
        return "admin/account-form :: scopeChoices";
    }

    /** The form's choices of region and unit: those of {@code county} (decision 051). */
    private void addScopeChoices(Model model, String county) {
        AdministeredCounty.View scope = administered.of(county);
        model.addAttribute("scope", scope);
        model.addAttribute("units", administered.unitsOf(scope));
    }

    /**
     * A page of the accounts found by user name or name and role, with the names of their scopes: those names alone,
     * not every region and unit's.
     */
    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Account> found = accounts.search(q, role, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        List<Account> list = found.getContent();
        model.addAttribute("accounts", found);
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        model.addAttribute("regionNames", list.stream().map(Account::getScopeRegionCode).filter(Objects::nonNull)
                .distinct().collect(Collectors.toMap(code -> code, regions::nameOf)));
        model.addAttribute("organisationNames", organisations.namesOf(list.stream()
                .map(Account::getScopeOrganisationId).filter(Objects::nonNull).collect(Collectors.toSet())));
        return "admin/accounts";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) String county, Model model) {
        model.addAttribute("form", new AccountAdminForm());
        return formPage(model, county);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountAdminForm form, BindingResult errors,
            @RequestParam(required = false) String county, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(model, county);
        }
        try {
            CreatedAccount created = accounts.create(form.toCommand());
            redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
            redirect.addFlashAttribute("success", "account.created");
            return "redirect:/admin/accounts/" + created.account().getId();
        } catch (AccountException e) {
            RefusedForms.reject(errors, e);
            return formPage(model, county);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String county, Model model) {
        Account account = load(id);
        model.addAttribute("account", account);
        model.addAttribute("form", AccountAdminForm.of(account));
        return formPage(model, county);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountAdminForm form, BindingResult errors,
            @RequestParam(required = false) String county, Model model, RedirectAttributes redirect) {
        Account account = load(id);
        model.addAttribute("account", account);
        if (errors.hasErrors()) {
            return formPage(model, county);
        }
        try {
            accounts.update(id, form.getVersion(), form.toCommand());
        } catch (AccountException e) {
            RefusedForms.reject(errors, e);
            return formPage(model, county);
        }
        redirect.addFlashAttribute("success", "account.updated");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.disabled", () -> accounts.setEnabled(id, false));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.enabled", () -> accounts.setEnabled(id, true));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.unlocked", () -> accounts.unlock(id));
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.passwordReset",
                () -> redirect.addFlashAttribute("temporaryPassword", accounts.resetPassword(id).temporaryPassword()));
    }

    /** A lost phone: the authenticator and the recovery codes go, the sessions end, the account enrols again. */
    @PostMapping("/{id}/reset-second-factor")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "account.secondFactorReset", () -> secondFactors.reset(id));
    }

    private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        load(id);
        try {
            action.run();
            redirect.addFlashAttribute("success", successKey);
        } catch (AccountException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/admin/accounts/" + id;
    }

    private Account load(long id) {
        return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
