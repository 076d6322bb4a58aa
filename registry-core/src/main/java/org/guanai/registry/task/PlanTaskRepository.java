package org.guanai.registry.task;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

    List<PlanTask> findByCountyCodeAndArchivedOnIsNullOrderBySortOrderAscIdAsc(String countyCode);

    List<PlanTask> findByCountyCodeAndArchivedOnIsNotNullOrderByArchivedOnDescSortOrderAscIdAsc(String countyCode);

    boolean existsByCountyCodeAndCodeAndArchivedOnIsNull(String countyCode, String code);
}
