package org.guanai.registry.person;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;

/** Assistance measures as comma-separated names, for children and elders alike. */
@Converter
public class AssistanceConverter implements AttributeConverter<Set<Assistance>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Assistance> values) {
        return EnumSetText.format(values);
    }

    @Override
    public Set<Assistance> convertToEntityAttribute(String text) {
        return EnumSetText.parse(text, Assistance.class);
    }
}
