package org.guanai.registry.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.ExitReason;
import org.guanai.registry.person.FieldChange;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.PersonType;

/**
 * What an import needs from one registry (children or elders): find the people a roster names, check a
 * row with the form's own rules, and write. Implemented next to each registry, so the import never
 * holds a second copy of its rules.
 *
 * @param <D> the details a form binds to and a roster row fills
 */
public interface ImportTarget<D> {

    PersonType type();

    /** A person first seen in a roster: the roster's kind is set, everything else is empty. */
    D blank();

    D copy(D details);

    /** Registered people of any region and status holding these identity numbers, by number. */
    Map<String, Existing<D>> withIdNumbers(Collection<String> idNumbers);

    /** A roster row without a number is the same person as one registered with this name, birth date and village. */
    List<Existing<D>> withNameBirthDateVillage(String name, LocalDate birthDate, String villageCode);

    /** The form's validation (which also normalises the details), with the village and one-number rules. */
    List<FieldProblem> check(D details, Jurisdiction jurisdiction, Long selfId);

    /**
     * The values {@link #check} finds missing though nothing recorded is wrong (资料待补充): warnings that never block a
     * row; the person is written and marked incomplete.
     */
    List<FieldProblem> gaps(D details);

    /** The changed fields, decided on full values and shown as the history shows them. */
    List<FieldChange> changes(D before, D after);

    /** Registers people of (checked) details, each with the history entry naming the import. */
    void createAll(List<D> details, ImportStamp stamp);

    /** Replaces the facts of a person read at {@code expectedVersion}; a newer version refuses the whole import. */
    void change(long id, long expectedVersion, D details, ImportStamp stamp);

    /** A registered person as the import sees them. */
    record Existing<D>(long id, long version, String villageCode, PersonStatus status, ExitReason exitReason,
            LocalDate exitDate, Instant updatedAt, D details) {
    }

    /** Which import a change belongs to: written on every history entry it makes. */
    record ImportStamp(long importId, String summary) {
    }
}
