package org.guanai.registry.elder;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.guanai.registry.person.Assistance;
import org.guanai.registry.person.EnumSetText;

@Converter
class PoliciesConverter implements AttributeConverter<Set<Assistance>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Assistance> values) {
        return EnumSetText.format(values);
    }

    @Override
    public Set<Assistance> convertToEntityAttribute(String text) {
        return EnumSetText.parse(text, Assistance.class);
    }
}
