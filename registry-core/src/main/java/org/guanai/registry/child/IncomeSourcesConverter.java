package org.guanai.registry.child;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.guanai.registry.person.EnumSetText;

@Converter
class IncomeSourcesConverter implements AttributeConverter<Set<IncomeSource>, String> {

    @Override
    public String convertToDatabaseColumn(Set<IncomeSource> values) {
        return EnumSetText.format(values);
    }

    @Override
    public Set<IncomeSource> convertToEntityAttribute(String text) {
        return EnumSetText.parse(text, IncomeSource.class);
    }
}
