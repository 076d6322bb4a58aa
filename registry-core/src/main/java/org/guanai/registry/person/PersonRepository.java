package org.guanai.registry.person;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The reads every kind of person's repository has; {@code #{#entityName}} is the kind's entity. */
@NoRepositoryBean
public interface PersonRepository<P extends PersonRecord<?>> extends JpaRepository<P, Long> {

    /**
     * The only way to load one person for a user: inside the jurisdiction's region (the village code starts
     * with its prefix: the subtree the lists read as a range of codes, decision 006), or nothing. Read by
     * primary key, so a page that checks the same person in several services inside one transaction loads the
     * row once (decision 020).
     */
    default Optional<P> findVisible(long id, Jurisdiction jurisdiction) {
        String prefix = jurisdiction.regionPrefix();
        return prefix == null ? Optional.empty() : findById(id).filter(p -> p.getVillageCode().startsWith(prefix));
    }

    /**
     * Locks the person's row until the transaction ends, reading only its id: a lock taken with the entity itself
     * ({@code refresh(person, PESSIMISTIC_WRITE)}) locked its collections' tables too, and Hibernate 7.4 failed on an
     * elder's element collection (an {@code AssertionError} in its follow-on locking).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p.id from #{#entityName} p where p.id = :id")
    Optional<Long> lockRow(long id);

    @Query("select p from #{#entityName} p where p.details.name = :name and p.details.birthDate = :birthDate "
            + "and (:excludeId is null or p.id <> :excludeId)")
    List<P> findByNameAndBirthDate(String name, LocalDate birthDate, Long excludeId);

    /**
     * These people, for an export's chunk. A query of its own rather than {@code findAllById}, whose criteria query
     * Hibernate translates anew on every call: this one is translated once and runs as one statement per chunk size.
     */
    @Query("select p from #{#entityName} p where p.id in :ids")
    List<P> findAllByIds(Collection<Long> ids);

    @Query("select p from #{#entityName} p where p.details.idNumber in :idNumbers")
    List<P> findByIdNumbers(Collection<String> idNumbers);

    @Query("select p from #{#entityName} p where p.details.name = :name and p.details.birthDate = :birthDate "
            + "and p.details.villageCode = :villageCode")
    List<P> findByNameBirthDateAndVillage(String name, LocalDate birthDate, String villageCode);
}
