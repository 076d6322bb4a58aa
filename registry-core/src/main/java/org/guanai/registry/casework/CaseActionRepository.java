package org.guanai.registry.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseActionRepository extends JpaRepository<CaseAction, Long> {

    List<CaseAction> findByCaseIdOrderByAtAscIdAsc(long caseId);

    List<CaseAction> findByCaseIdInAndStepOrderByAtAsc(List<Long> caseIds, String step);
}
