package org.guanai.registry.person;

import jakarta.persistence.AttributeConverter;
import java.util.Set;

/** A multi-select stored as comma-separated enum names ({@link EnumSetText}); one subclass per enum. */
public abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return EnumSetText.format(values);
    }

    @Override
    public Set<E> convertToEntityAttribute(String text) {
        return EnumSetText.parse(text, type);
    }
}
