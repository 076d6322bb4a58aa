package org.guanai.registry.shared;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page may show: the county's name in the top bar, the choices of the forms. */
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

    @ModelAttribute("countyName")
    String countyName() {
        return properties.countyName();
    }
}
