package org.guanai.registry.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.guanai.registry.account.AccountException;
import org.guanai.registry.account.AccountLogins;
import org.guanai.registry.account.SessionState;
import org.guanai.registry.account.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password; the only page reachable while a change is required. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    record PasswordForm(@NotBlank(message = "{password.error.currentRequired}") String currentPassword,
            @NotBlank(message = "{password.error.newRequired}") String newPassword, String confirmPassword) {
    }

    private final AccountLogins accounts;
    private final CurrentSession currentSession;

    PasswordController(AccountLogins accounts, CurrentSession currentSession) {
        this.accounts = accounts;
        this.currentSession = currentSession;
    }

    @ModelAttribute("mustChange")
    boolean mustChange(SignedInUser user) {
        return accounts.sessionState(user.accountId()).map(SessionState::mustChangePassword).orElse(false);
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "account/password";
    }

    @PostMapping
    String change(SignedInUser user, @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "password.error.mismatch");
        }
        if (errors.hasErrors()) {
            return "account/password";
        }
        try {
            int epoch = accounts.changePassword(user.accountId(), form.currentPassword(), form.newPassword());
            // A new password, a new session id: an id seen before the change is worth nothing after it.
            request.changeSessionId();
            currentSession.adoptSessionEpoch(epoch, request, response);
        } catch (AccountException e) {
            if ("password.error.locked".equals(e.messageKey())) {
                // Too many wrong current passwords: this session, which tried them, ends with the lock.
                request.getSession().invalidate();
                return "redirect:/login?locked";
            }
            errors.rejectValue(e.field(), e.messageKey());
            return "account/password";
        }
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }
}
