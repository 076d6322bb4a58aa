package org.guanai.registry.shared;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: the county's name in the top bar. */
@ControllerAdvice
class GlobalModel {

    private final RegistryProperties properties;

    GlobalModel(RegistryProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("countyName")
    String countyName() {
        return properties.countyName();
    }
}
