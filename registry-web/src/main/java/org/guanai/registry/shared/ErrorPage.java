package org.guanai.registry.shared;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The error page as an exception handler renders it. Spring runs no {@code @ModelAttribute} method for
 * exception handlers, so what {@link PageFrame} gives every other page (the county's name, the main menu)
 * is added here.
 */
@Component
public class ErrorPage {

    private final PageFrame frame;

    ErrorPage(PageFrame frame) {
        this.frame = frame;
    }

    /** The error view with its status and the message key of the reason shown ({@code null}: the status's). */
    public String render(Model model, int status, String reasonKey) {
        model.addAttribute("status", status);
        if (reasonKey != null) {
            model.addAttribute("reason", reasonKey);
        }
        frame.addTo(model);
        return "error";
    }
}
