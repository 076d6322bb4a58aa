package org.guanai.registry.visit;

import java.util.List;
import org.guanai.registry.person.PersonType;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, Long> {

    List<Visit> findByPersonTypeAndPersonIdOrderByVisitDateDescIdDesc(PersonType personType, long personId);
}
