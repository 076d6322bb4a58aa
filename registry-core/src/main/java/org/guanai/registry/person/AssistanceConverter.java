package org.guanai.registry.person;

import jakarta.persistence.Converter;

/** Assistance measures as comma-separated names, for children and elders alike. */
@Converter
public class AssistanceConverter extends EnumSetConverter<Assistance> {

    public AssistanceConverter() {
        super(Assistance.class);
    }
}
