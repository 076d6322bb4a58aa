package org.guanai.registry.elder;

import java.util.List;
import org.guanai.registry.person.PersonRepository;
import org.springframework.data.jpa.repository.Query;

interface ElderRepository extends PersonRepository<Elder> {

    /** Candidates to be a child's delegated guardian: active elders of the jurisdiction, by name. */
    @Query("select e from Elder e where e.details.villageCode like concat(:prefix, '%') "
            + "and e.status = org.guanai.registry.person.PersonStatus.ACTIVE order by e.pinyinFull, e.id limit 500")
    List<Elder> findActiveInRegion(String prefix);
}
