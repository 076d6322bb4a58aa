package org.guanai.registry.shared;

import java.util.Map;
import org.guanai.registry.account.ExportRight;
import org.guanai.registry.security.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page may show: the county's name in the top bar, the main menu, the choices of the forms. */
@ControllerAdvice
class GlobalModel {

    private final RegistryProperties properties;
    private final FormOptions options;

    GlobalModel(RegistryProperties properties, FormOptions options) {
        this.properties = properties;
        this.options = options;
    }

    /** The choices of forms and filters: {@code ${opt.schooling()}} (fragment parameters may not call beans). */
    @ModelAttribute("opt")
    FormOptions options() {
        return options;
    }

    /** Which entries of the main menu the user sees ({@link MenuEntry}); none before logging in. */
    @ModelAttribute("menu")
    Map<String, Boolean> menu(@AuthenticationPrincipal AccountPrincipal user) {
        return MenuEntry.shownTo(user);
    }

    /** What the user may export, and whether numbers show in full ({@code account.ExportRight}); none before login. */
    @ModelAttribute("exportRight")
    ExportRight exportRight(@AuthenticationPrincipal AccountPrincipal user) {
        return user == null ? ExportRight.NONE : user.role().exportRight();
    }

    @ModelAttribute("countyName")
    String countyName() {
        return properties.countyName();
    }
}
