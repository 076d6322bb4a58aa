package org.guanai.registry.account;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.RefusedForms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of accounts: list, create, edit, disable and enable, reset a password or a lost second factor,
 * unlock.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private final AccountService accounts;
    private final SecondFactorService secondFactors;
    private final RegionService regions;
    private final OrganisationService organisations;

    AccountAdminController(AccountService accounts, SecondFactorService secondFactors, RegionService regions,
            OrganisationService organisations) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.regions = regions;
        this.organisations = organisations;
    }

    /** The form page, with the choices of role, region and organisation it offers. */
    private String formPage(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("regions", regions.all());
        model.addAttribute("organisations", organisations.all());
        return "admin/account-form";
    }

    /** The accounts with the names of their scopes: those names alone, not every region and unit's. */
    @GetMapping
    String list(Model model) {
        List<Account> list = accounts.list();
        model.addAttribute("accounts", list);
        model.addAttribute("regionNames", list.stream().map(Account::getScopeRegionCode).filter(Objects::nonNull)
                .distinct().collect(Collectors.toMap(code -> code, regions::nameOf)));
        model.addAttribute("organisationNames", organisations.namesOf(list.stream()
                .map(Account::getScopeOrganisationId).filter(Objects::nonNull).collect(Collectors.toSet())));
        return "admin/accounts";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new AccountAdminForm());
        return formPage(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountAdminForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(model);
        }
        try {
            CreatedAccount created = accounts.create(form.toCommand());
            redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
            redirect.addFlashAttribute("success", "account.created");
            return "redirect:/admin/accounts/" + created.account().getId();
        } catch (AccountException e) {
            RefusedForms.reject(errors, e);
            return formPage(model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Account account = load(id);
        model.addAttribute("account", account);
        model.addAttribute("form", AccountAdminForm.of(account));
        return formPage(model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountAdminForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Account account = load(id);
        model.addAttribute("account", account);
        if (errors.hasErrors()) {
            return formPage(model);
        }
        try {
            accounts.update(id, form.getVersion(), form.toCommand());
        } catch (AccountException e) {
            RefusedForms.reject(errors, e);
            return formPage(model);
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
