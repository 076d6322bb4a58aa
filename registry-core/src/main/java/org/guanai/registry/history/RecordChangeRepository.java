package org.guanai.registry.history;

import java.util.List;
import org.guanai.registry.person.PersonType;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecordChangeRepository extends JpaRepository<RecordChange, Long> {

    List<RecordChange> findByPersonTypeAndPersonIdOrderByChangedAtDescIdDesc(PersonType personType, long personId);
}
