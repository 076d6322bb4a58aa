package org.guanai.registry.child;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.guanai.registry.person.EnumSetText;

@Converter
class DifficultyCategoriesConverter implements AttributeConverter<Set<DifficultyCategory>, String> {

    @Override
    public String convertToDatabaseColumn(Set<DifficultyCategory> values) {
        return EnumSetText.format(values);
    }

    @Override
    public Set<DifficultyCategory> convertToEntityAttribute(String text) {
        return EnumSetText.parse(text, DifficultyCategory.class);
    }
}
