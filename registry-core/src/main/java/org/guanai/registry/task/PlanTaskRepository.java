package org.guanai.registry.task;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

    List<PlanTask> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByCode(String code);
}
