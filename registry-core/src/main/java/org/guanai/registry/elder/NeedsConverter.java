package org.guanai.registry.elder;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.guanai.registry.person.EnumSetText;

@Converter
class NeedsConverter implements AttributeConverter<Set<ElderNeed>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ElderNeed> values) {
        return EnumSetText.format(values);
    }

    @Override
    public Set<ElderNeed> convertToEntityAttribute(String text) {
        return EnumSetText.parse(text, ElderNeed.class);
    }
}
