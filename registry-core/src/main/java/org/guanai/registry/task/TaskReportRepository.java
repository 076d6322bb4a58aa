package org.guanai.registry.task;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskReportRepository extends JpaRepository<TaskReport, Long> {

    List<TaskReport> findByTaskIdInOrderByReportedAtAscIdAsc(Collection<Long> taskIds);
}
