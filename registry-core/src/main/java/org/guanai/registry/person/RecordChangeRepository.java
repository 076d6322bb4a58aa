package org.guanai.registry.person;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecordChangeRepository extends JpaRepository<RecordChange, Long> {

    /**
     * A person's latest {@code n} changes, newest first, with their fields in the same statement: the limit goes
     * on the ids in a subquery, since a limit on a fetch join is applied in memory after reading every row. Read
     * one by one, a child with 49 changes cost its page 49 more statements (decision 019).
     */
    @Query("""
            select c from RecordChange c left join fetch c.fields
            where c.id in (select l.id from RecordChange l where l.personType = :type and l.personId = :person
                           order by l.changedAt desc, l.id desc limit :n)
            order by c.changedAt desc, c.id desc""")
    List<RecordChange> latest(@Param("type") PersonType type, @Param("person") long personId, @Param("n") int n);

    /** As {@link #latest}, the {@code n} changes before (older than) the change at {@code at} with {@code id}. */
    @Query("""
            select c from RecordChange c left join fetch c.fields
            where c.id in (select l.id from RecordChange l where l.personType = :type and l.personId = :person
                             and (l.changedAt, l.id) < (:at, :id)
                           order by l.changedAt desc, l.id desc limit :n)
            order by c.changedAt desc, c.id desc""")
    List<RecordChange> before(@Param("type") PersonType type, @Param("person") long personId, @Param("at") Instant at,
            @Param("id") long id, @Param("n") int n);
}
