package org.guanai.registry.child;

import jakarta.persistence.Converter;
import org.guanai.registry.person.EnumSetConverter;

@Converter
class DifficultyCategoriesConverter extends EnumSetConverter<DifficultyCategory> {

    DifficultyCategoriesConverter() {
        super(DifficultyCategory.class);
    }
}
