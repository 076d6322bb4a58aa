package org.guanai.registry.task;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

    List<PlanTask> findByCountyCodeOrderBySortOrderAscIdAsc(String countyCode);

    boolean existsByCountyCodeAndCode(String countyCode, String code);
}
