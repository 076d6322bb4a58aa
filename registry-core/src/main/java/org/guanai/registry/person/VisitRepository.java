package org.guanai.registry.person;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitRepository extends JpaRepository<Visit, Long> {

    /** A person's latest {@code n} visits, the latest first. */
    @Query("""
            select v from Visit v where v.personType = :type and v.personId = :person
            order by v.visitDate desc, v.id desc limit :n""")
    List<Visit> latest(@Param("type") PersonType type, @Param("person") long personId, @Param("n") int n);

    /** As {@link #latest}, the {@code n} visits before (older than) the visit on {@code date} with {@code id}. */
    @Query("""
            select v from Visit v where v.personType = :type and v.personId = :person
              and (v.visitDate, v.id) < (:date, :id)
            order by v.visitDate desc, v.id desc limit :n""")
    List<Visit> before(@Param("type") PersonType type, @Param("person") long personId,
            @Param("date") LocalDate date, @Param("id") long id, @Param("n") int n);
}
