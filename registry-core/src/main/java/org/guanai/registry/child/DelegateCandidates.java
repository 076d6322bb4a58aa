package org.guanai.registry.child;

import java.util.List;
import java.util.Optional;
import org.guanai.registry.jurisdiction.Jurisdiction;

/**
 * The elders a child's guardianship can be delegated to. Implemented by the elders' feature, so that
 * the children's feature does not depend on it (the elders' visits depend on children already).
 */
public interface DelegateCandidates {

    /** How many elders one search offers at most. */
    int CHOICES = 20;

    record Candidate(long id, String name, String idNumber, String phone, String address, String villageCode) {
    }

    /** An elder as a form offers them: the identity number masked, the village to tell namesakes apart. */
    record Choice(long id, String name, String maskedIdNumber, String villageName) {

        /** How the form names them: 王奶奶 522730********5036 中坝村. */
        public String label() {
            return name + " " + maskedIdNumber + " " + villageName;
        }
    }

    /** The elder, if active and inside the jurisdiction. */
    Optional<Candidate> delegateCandidate(long elderId, Jurisdiction jurisdiction);

    /**
     * Active elders of the jurisdiction whose name, pinyin or identity number matches {@code q} (as the elders' list
     * searches), by name, at most {@link #CHOICES}; none for a blank {@code q} or a jurisdiction that cannot change
     * people's records. A form searches instead of listing every elder: a county has thousands.
     */
    List<Choice> delegateChoices(String q, Jurisdiction jurisdiction);

    /**
     * The elder a record or a form names, as the form shows them, if inside the jurisdiction, active or not: a form
     * must keep its choice on record (saving checks the elder is still active).
     */
    Optional<Choice> chosenDelegate(long elderId, Jurisdiction jurisdiction);
}
