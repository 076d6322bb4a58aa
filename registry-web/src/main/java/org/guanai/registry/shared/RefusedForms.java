package org.guanai.registry.shared;

import java.time.DateTimeException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Forms read by a service that refuses a value with a message key and the field at fault ({@link RefusedException}):
 * a refused form is shown again as it was typed, the reason next to its field. Fields bound as typed text (a date, a
 * number) are made values here.
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

    /** The reason next to its field, or of the form as a whole when the refusal names no field. */
    public static void reject(BindingResult errors, RefusedException refused) {
        if (refused.field() != null) {
            errors.rejectValue(refused.field(), refused.messageKey());
        } else {
            errors.reject(refused.messageKey());
        }
    }

    /**
     * Whether a bound form is refused: a value that did not bind (nothing a person types: a tampered date or choice),
     * or the rules' refusal of what {@code save} was given, each at its field with the reason above the page.
     * {@code save} runs only for a form that bound.
     */
    public static boolean refused(BindingResult errors, Runnable save, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("failure", "case.error.checkFields");
            return true;
        }
        try {
            save.run();
            return false;
        } catch (RefusedException e) {
            reject(errors, e, model);
            return true;
        }
    }

    /** The same, and the reason above the page as well: a form may sit below a long list. */
    public static void reject(BindingResult errors, RefusedException refused, Model model) {
        reject(errors, refused);
        model.addAttribute("failure", refused.messageKey());
    }
}
