package org.guanai.registry.elder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ElderRepository extends JpaRepository<Elder, Long> {

    /**
     * The only way to load one elder for a user: inside the jurisdiction's region (the village code starts
     * with its prefix: the subtree the lists read as a range of codes, decision 006), or nothing. Read by
     * primary key, so a page that checks the same person in several services inside one transaction loads the
     * row once (decision 020).
     */
    default Optional<Elder> findVisible(long id, Jurisdiction jurisdiction) {
        String prefix = jurisdiction.regionPrefix();
        return prefix == null ? Optional.empty()
                : findById(id).filter(e -> e.getVillageCode().startsWith(prefix));
    }

    @Query("select e from Elder e where e.details.name = :name and e.details.birthDate = :birthDate "
            + "and (:excludeId is null or e.id <> :excludeId)")
    List<Elder> findByNameAndBirthDate(String name, LocalDate birthDate, Long excludeId);

    /** Candidates to be a child's delegated guardian: active elders of the jurisdiction, by name. */
    @Query("select e from Elder e where e.details.villageCode like concat(:prefix, '%') "
            + "and e.status = org.guanai.registry.person.PersonStatus.ACTIVE order by e.pinyinFull, e.id limit 500")
    List<Elder> findActiveInRegion(String prefix);

    @Query("select e from Elder e where e.details.idNumber in :idNumbers")
    List<Elder> findByIdNumbers(java.util.Collection<String> idNumbers);

    @Query("select e from Elder e where e.details.name = :name and e.details.birthDate = :birthDate "
            + "and e.details.villageCode = :villageCode")
    List<Elder> findByNameBirthDateAndVillage(String name, LocalDate birthDate, String villageCode);
}
