package org.guanai.registry.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRouteRepository extends JpaRepository<CaseRoute, CaseType> {

    List<CaseRoute> findAllByOrderByTypeAsc();
}
