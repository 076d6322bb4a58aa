package org.guanai.registry.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChildRepository extends JpaRepository<Child, Long> {

    /** The only way to load one child for a user: inside the jurisdiction's region, or nothing. */
    default Optional<Child> findVisible(long id, Jurisdiction jurisdiction) {
        String prefix = jurisdiction.regionPrefix();
        return prefix == null ? Optional.empty() : findInRegion(id, prefix);
    }

    @Query("select c from Child c where c.id = :id and c.details.villageCode like concat(:prefix, '%')")
    Optional<Child> findInRegion(long id, String prefix);

    @Query("select c from Child c where c.details.name = :name and c.details.birthDate = :birthDate "
            + "and (:excludeId is null or c.id <> :excludeId)")
    List<Child> findByNameAndBirthDate(String name, LocalDate birthDate, Long excludeId);

    @Query("select c from Child c where c.details.idNumber in :idNumbers")
    List<Child> findByIdNumbers(java.util.Collection<String> idNumbers);

    @Query("select c from Child c where c.details.name = :name and c.details.birthDate = :birthDate "
            + "and c.details.villageCode = :villageCode")
    List<Child> findByNameBirthDateAndVillage(String name, LocalDate birthDate, String villageCode);
}
