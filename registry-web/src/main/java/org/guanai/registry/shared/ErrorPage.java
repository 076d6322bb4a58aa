package org.guanai.registry.shared;

import org.guanai.registry.security.AccountPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The error page as an exception handler renders it. Spring runs no {@code @ModelAttribute} method for
 * exception handlers, so what {@link GlobalModel} gives every other page (the county's name, the main menu)
 * is added here.
 */
@Component
public class ErrorPage {

    private final RegistryProperties properties;

    ErrorPage(RegistryProperties properties) {
        this.properties = properties;
    }

    /** The error view with its status and the message key of the reason shown ({@code null}: the status's). */
    public String render(Model model, int status, String reasonKey) {
        model.addAttribute("status", status);
        if (reasonKey != null) {
            model.addAttribute("reason", reasonKey);
        }
        model.addAttribute("countyName", properties.countyName());
        model.addAttribute("menu", MenuEntry.shownTo(AccountPrincipal.current()));
        return "error";
    }
}
