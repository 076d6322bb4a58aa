package org.guanai.registry.care;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.child.Child;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.PersonRecord;
import org.guanai.registry.person.PersonRegistry;
import org.guanai.registry.person.PersonType;
import org.springframework.stereotype.Component;

/** The children's and the elders' registries by kind: care reaches a person only through its registry's checks. */
@Component
public class CarePeople {

    private final Map<PersonType, PersonRegistry<?, ?, ?, ?>> registries = new EnumMap<>(PersonType.class);

    CarePeople(List<PersonRegistry<?, ?, ?, ?>> all) {
        all.forEach(r -> registries.put(r.type(), r));
    }

    public PersonRegistry<?, ?, ?, ?> registry(PersonType type) {
        return registries.get(type);
    }

    /** The person, or 404 (audited) when outside the jurisdiction. */
    public PersonRecord<?> visible(PersonType type, long id, Jurisdiction jurisdiction) {
        return registry(type).get(id, jurisdiction);
    }

    /** A key target (重点对象): a child so flagged; an elder never is. */
    static boolean isKeyTarget(PersonRecord<?> person) {
        return person instanceof Child child && child.isKeyTarget();
    }

    /** {@link #visible} and the right to change the person's records (audited refusal otherwise). */
    PersonRecord<?> writable(PersonType type, long id, Jurisdiction jurisdiction, CareScope scope) {
        PersonRecord<?> person = visible(type, id, jurisdiction);
        scope.requireWritable(type.name().toLowerCase(), id, person.getVillageCode(), jurisdiction);
        return person;
    }
}
