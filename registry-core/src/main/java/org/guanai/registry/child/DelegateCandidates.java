package org.guanai.registry.child;

import java.util.List;
import java.util.Optional;
import org.guanai.registry.jurisdiction.Jurisdiction;

/**
 * The elders a child's guardianship can be delegated to. Implemented by the elders' feature, so that
 * the children's feature does not depend on it (the elders' visits depend on children already).
 */
public interface DelegateCandidates {

    record Candidate(long id, String name, String idNumber, String phone, String address, String villageCode) {
    }

    /** The elder, if active and inside the jurisdiction. */
    Optional<Candidate> delegateCandidate(long elderId, Jurisdiction jurisdiction);

    /** Active elders of the jurisdiction, by name, for the form's choice. */
    List<Candidate> delegateCandidates(Jurisdiction jurisdiction);
}
