package org.guanai.registry.web;

import java.time.DateTimeException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Forms whose fields are bound as typed text (a date, a number) and read by a service that refuses a value with a
 * message key and the field at fault: a refused form is shown again as it was typed, the reason next to its field.
 */
public final class RefusedForms {

    private RefusedForms() {
    }

    /**
     * The value of a field typed as text: blank is null (the rules say whether it may be); text {@code parse} does
     * not take is refused as that field's value ({@code refusal}).
     */
    public static <T> T parsed(String text, Function<String, T> parse, Supplier<RuntimeException> refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeException e) { // a number, an enum's name, a date
            throw refusal.get();
        }
    }

    /**
     * The reason next to its field ({@code field} null: of the form as a whole), and above the page as well: a form
     * may sit below a long list.
     */
    public static void reject(BindingResult errors, String field, String messageKey, Model model) {
        if (field != null) {
            errors.rejectValue(field, messageKey);
        } else {
            errors.reject(messageKey);
        }
        model.addAttribute("failure", messageKey);
    }
}
