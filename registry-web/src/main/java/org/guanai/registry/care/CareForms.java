package org.guanai.registry.care;

import java.util.function.Supplier;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.shared.RefusedForms;
import org.springframework.validation.BindingResult;

/** How a care form is saved: refused values and a stale version show the form again with the reason on it. */
final class CareForms {

    private CareForms() {
    }

    /** {@code save} (its redirect) when the form is valid and the rules take it; else {@code showAgain}. */
    static String saveOrShowAgain(BindingResult errors, Supplier<String> save, Supplier<String> showAgain) {
        if (errors.hasErrors()) {
            return showAgain.get();
        }
        try {
            return save.get();
        } catch (CareRefusedException e) {
            RefusedForms.reject(errors, e);
        } catch (ConcurrentEditException e) {
            errors.reject("care.error.concurrent");
        }
        return showAgain.get();
    }

    /** The region a new record serves unless the user picks another: the user's own (a village's, a town's). */
    static String homeRegion(SignedInUser user) {
        return user.jurisdiction().region() == null ? null : user.jurisdiction().region().value();
    }
}
