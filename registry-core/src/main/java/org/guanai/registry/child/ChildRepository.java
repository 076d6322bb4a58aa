package org.guanai.registry.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChildRepository extends JpaRepository<Child, Long> {

    /**
     * The only way to load one child for a user: inside the jurisdiction's region (the village code starts
     * with its prefix: the subtree the lists read as a range of codes, decision 006), or nothing. Read by
     * primary key, so a page that checks the same person in several services inside one transaction loads the
     * row once (decision 020).
     */
    default Optional<Child> findVisible(long id, Jurisdiction jurisdiction) {
        String prefix = jurisdiction.regionPrefix();
        return prefix == null ? Optional.empty()
                : findById(id).filter(c -> c.getVillageCode().startsWith(prefix));
    }

    @Query("select c from Child c where c.details.name = :name and c.details.birthDate = :birthDate "
            + "and (:excludeId is null or c.id <> :excludeId)")
    List<Child> findByNameAndBirthDate(String name, LocalDate birthDate, Long excludeId);

    @Query("select c from Child c where c.details.idNumber in :idNumbers")
    List<Child> findByIdNumbers(java.util.Collection<String> idNumbers);

    @Query("select c from Child c where c.details.name = :name and c.details.birthDate = :birthDate "
            + "and c.details.villageCode = :villageCode")
    List<Child> findByNameBirthDateAndVillage(String name, LocalDate birthDate, String villageCode);
}
