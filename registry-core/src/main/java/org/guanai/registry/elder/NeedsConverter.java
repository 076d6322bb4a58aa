package org.guanai.registry.elder;

import jakarta.persistence.Converter;
import org.guanai.registry.person.EnumSetConverter;

@Converter
class NeedsConverter extends EnumSetConverter<ElderNeed> {

    NeedsConverter() {
        super(ElderNeed.class);
    }
}
