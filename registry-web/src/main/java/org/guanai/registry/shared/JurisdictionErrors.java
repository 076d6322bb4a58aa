package org.guanai.registry.shared;

import org.guanai.registry.jurisdiction.NotPermittedException;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.jurisdiction.ReadOnlyException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record outside the user's jurisdiction answers exactly like a missing one (404); a change under a
 * read-only jurisdiction, or an act the user's role does not permit (an export, a full number), is refused (403). Both were audited by the service that refused them.
 */
@ControllerAdvice
class JurisdictionErrors {

    private final ErrorPage errorPage;

    JurisdictionErrors(ErrorPage errorPage) {
        this.errorPage = errorPage;
    }

    @ExceptionHandler(OutsideJurisdictionException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return errorPage.render(model, 404, null);
    }

    @ExceptionHandler({ReadOnlyException.class, NotPermittedException.class})
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String readOnly(Model model) {
        return errorPage.render(model, 403, null);
    }
}
