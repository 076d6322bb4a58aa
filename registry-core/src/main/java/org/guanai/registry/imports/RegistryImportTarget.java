package org.guanai.registry.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.person.PersonIdentity;
import org.guanai.registry.person.PersonRecord;

/**
 * What the children's and the elders' import targets share: finding the people a roster names and
 * describing them as {@link ImportTarget.Existing}. Writing stays with each registry, which alone may
 * create its records.
 */
public abstract class RegistryImportTarget<D extends PersonIdentity, P extends PersonRecord> implements ImportTarget<D> {

    private static final int LOOKUP_CHUNK = 1000;

    /** The registered people holding any of these numbers (at most {@value #LOOKUP_CHUNK} at a time). */
    protected abstract List<P> findByIdNumbers(List<String> idNumbers);

    protected abstract List<P> findByNameBirthDateAndVillage(String name, java.time.LocalDate birthDate,
            String villageCode);

    /** A copy of the person's details. */
    protected abstract D detailsOf(P person);

    @Override
    public Map<String, Existing<D>> withIdNumbers(Collection<String> idNumbers) {
        List<String> all = new ArrayList<>(idNumbers);
        Map<String, Existing<D>> found = new HashMap<>();
        for (int i = 0; i < all.size(); i += LOOKUP_CHUNK) {
            for (P p : findByIdNumbers(all.subList(i, Math.min(all.size(), i + LOOKUP_CHUNK)))) {
                Existing<D> e = existing(p);
                found.put(e.details().getIdNumber(), e);
            }
        }
        return found;
    }

    @Override
    public List<Existing<D>> withNameBirthDateVillage(String name, java.time.LocalDate birthDate, String villageCode) {
        return findByNameBirthDateAndVillage(name, birthDate, villageCode).stream().map(this::existing).toList();
    }

    private Existing<D> existing(P p) {
        return new Existing<>(p.getId(), p.getVersion(), p.getVillageCode(), p.getStatus(), p.getExitReason(),
                p.getExitDate(), p.getUpdatedAt(), detailsOf(p));
    }
}
