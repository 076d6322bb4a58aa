package org.guanai.registry.history;

import java.util.List;
import org.guanai.registry.person.PersonType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecordChangeRepository extends JpaRepository<RecordChange, Long> {

    /**
     * A person's history with each change's fields in the same statement: loaded one by one, a child with 49
     * changes cost its page 49 more statements (docs/performance.md, seventh session).
     */
    @EntityGraph(attributePaths = "fields")
    List<RecordChange> findByPersonTypeAndPersonIdOrderByChangedAtDescIdDesc(PersonType personType, long personId);
}
