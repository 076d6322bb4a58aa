package org.guanai.registry.child;

import jakarta.persistence.Converter;
import org.guanai.registry.person.EnumSetConverter;

@Converter
class IncomeSourcesConverter extends EnumSetConverter<IncomeSource> {

    IncomeSourcesConverter() {
        super(IncomeSource.class);
    }
}
